import type { SnippetInput } from '../sync/protocol';
import { CONSOLE_LIMITS } from './console-limits';

/** Room left in a socket.io frame for the envelope around the snippets. */
const FRAME_BUDGET = CONSOLE_LIMITS.maxMessageBytes * 0.8;

/**
 * Splits an import into publishes the hub accepts: at most `changesPerPublish` changes and well
 * under the hub's largest frame each (500 snippets of 20,000 characters would not fit in one).
 */
export function publishBatches(snippets: readonly SnippetInput[], maxChanges: number = CONSOLE_LIMITS.changesPerPublish, maxBytes = FRAME_BUDGET): SnippetInput[][] {
  const batches: SnippetInput[][] = [];
  let current: SnippetInput[] = [];
  let bytes = 0;
  for (const snippet of snippets) {
    const size = new TextEncoder().encode(JSON.stringify(snippet)).length;
    if (current.length > 0 && (current.length >= maxChanges || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(snippet);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
