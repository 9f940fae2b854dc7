import type { HelpdeskAdapter } from '../adapters/define-adapter';

/**
 * The thread in front of the agent. Helpdesks such as Zendesk keep several tickets in the DOM
 * and hide all but one, so the first visible match wins (layout is only asked for when there
 * is more than one candidate).
 */
export function activeThread(adapter: HelpdeskAdapter, doc: Document): Element | null {
  const candidates = doc.querySelectorAll(adapter.selectors.thread);
  if (candidates.length <= 1) {
    const only = candidates[0];
    return only && isShown(adapter, only, false) ? only : null;
  }
  for (const el of candidates) if (isShown(adapter, el, true)) return el;
  return null;
}

function isShown(adapter: HelpdeskAdapter, el: Element, askLayout: boolean): boolean {
  if (adapter.isActive) return adapter.isActive(el);
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  return !askLayout || typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/** The reply box that belongs to this thread: the nearest one up the tree (one per ticket). */
export function composerFor(adapter: HelpdeskAdapter, thread: Element | null, doc: Document): Element | null {
  for (let node = thread?.parentElement; node; node = node.parentElement) {
    const composer = node.querySelector(adapter.selectors.composer);
    if (composer) return composer;
  }
  return doc.querySelector(adapter.selectors.composer);
}
