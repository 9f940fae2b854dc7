import { parseUserAdapter } from '../options/user-adapter-spec';
import { activeThread, composerFor } from './active-thread';
import { buildUserAdapter } from './user-adapter';

/** Options page → content script: "what would these selectors read on this page?" */
export interface AdapterPreviewRequest {
  type: 'adapter:preview';
  spec: unknown;
}

export type AdapterPreview =
  | { ok: true; thread: boolean; messages: number; composer: boolean; last?: { role: string; text: string } }
  | { ok: false; error: string };

export function previewAdapter(spec: unknown, doc: Document): AdapterPreview {
  const parsed = parseUserAdapter(spec, doc);
  if (!parsed.ok) return parsed;
  const adapter = buildUserAdapter(parsed.value);
  const thread = activeThread(adapter, doc);
  const messages = thread ? [...thread.querySelectorAll(adapter.selectors.message)] : [];
  const lastEl = messages.at(-1);
  const last = lastEl ? adapter.readMessage(lastEl) : null;
  return {
    ok: true,
    thread: thread !== null,
    messages: messages.length,
    composer: composerFor(adapter, thread, doc) !== null,
    ...(last ? { last: { role: last.role ?? 'inherited', text: last.text.trim().slice(0, 200) } } : {}),
  };
}
