import type { HelpdeskAdapter } from '../adapters/define-adapter';
import { parseDisplayTime } from '../adapters/define-adapter';
import type { Role } from '../nlp/types';
import type { UserAdapterSpec } from '../options/user-adapter-spec';

// Roles are checked in this order so a note or a system line is never read as the customer's.
const ROLE_ORDER: readonly Role[] = ['note', 'system', 'bot', 'agent', 'customer'];

/** A helpdesk adapter made from the selectors a user entered in the options page. */
export function buildUserAdapter(spec: UserAdapterSpec): HelpdeskAdapter {
  const s = spec.selectors;
  const has = (el: Element, selector: string | undefined) => !!selector && (el.matches(selector) || el.querySelector(selector) !== null);
  return {
    id: spec.id,
    name: spec.name,
    version: spec.version,
    matches: spec.sites,
    selectors: { thread: s.thread, message: s.message, composer: s.composer },
    detect: (doc) => doc.querySelector(s.thread) !== null,
    conversationId(thread, doc) {
      const attribute = s.conversationIdAttribute;
      const holder = attribute ? thread.closest(`[${CSS.escape(attribute)}]`) : null;
      return (attribute && holder?.getAttribute(attribute)) || `${doc.location?.pathname ?? '/'}${doc.location?.hash ?? ''}`;
    },
    readMessage(el) {
      const textEl = s.text ? el.querySelector(s.text) : el;
      if (!textEl) return null;
      const role = ROLE_ORDER.find((r) => has(el, s[r]));
      const timeEl = s.time ? el.querySelector(s.time) : null;
      const stamp = timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title') ?? timeEl?.textContent;
      const iso = stamp ? Date.parse(stamp) : Number.NaN;
      return {
        id: (s.messageIdAttribute && el.getAttribute(s.messageIdAttribute)) || undefined,
        role,
        text: textEl.textContent ?? '',
        time: Number.isNaN(iso) ? parseDisplayTime(stamp) : iso,
      };
    },
  };
}
