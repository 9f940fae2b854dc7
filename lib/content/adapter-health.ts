import type { HelpdeskAdapter } from '../adapters/define-adapter';
import { composerFor } from './active-thread';

/**
 * What of the adapter no longer matches the page, in words the side panel can show
 * ("reply box (textarea[name="msg"])"). Empty when everything Tact needs is there.
 */
export function checkHealth(adapter: HelpdeskAdapter, doc: Document, thread: Element | null, reads: { ok: number; empty: number }): string[] {
  const { selectors } = adapter;
  if (!thread?.isConnected) return [`message list (${selectors.thread})`];
  const missing: string[] = [];
  const hasMessages = thread.querySelector(selectors.message) !== null;
  // A thread with text but no matching message is a renamed message element, not an empty chat.
  if (!hasMessages && (thread.textContent ?? '').trim().length > 0) missing.push(`messages (${selectors.message})`);
  if (hasMessages && reads.ok === 0 && reads.empty > 0) missing.push('message text');
  if (!composerFor(adapter, thread, doc)) missing.push(`reply box (${selectors.composer})`);
  return missing;
}
