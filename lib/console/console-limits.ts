/**
 * The hub's limits the console needs up front (character counters, import batching). Copied
 * from `LIMITS` in lib/sync/protocol.ts because extension code may only `import type` from
 * there (zod stays out of extension bundles); console-limits.test.ts keeps the copies equal.
 */
export const CONSOLE_LIMITS = {
  snippetTitleChars: 200,
  snippetBodyChars: 20_000,
  tagsPerSnippet: 20,
  changesPerPublish: 500,
  maxMessageBytes: 4_000_000,
} as const;
