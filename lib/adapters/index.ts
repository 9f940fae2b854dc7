// The registry of helpdesk adapters: one import per adapter (test/unit/conventions.test.ts
// checks every file in this folder is listed and its id equals its file name).
import type { HelpdeskAdapter } from './define-adapter';
import demo from './demo';

export const ADAPTERS: readonly HelpdeskAdapter[] = [demo];

/** The first adapter whose DOM signature the document shows. */
export function detectAdapter(doc: Document): HelpdeskAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.detect(doc));
}
