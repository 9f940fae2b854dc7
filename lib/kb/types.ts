/**
 * The knowledge base's shapes, shared by the store, the search index and the panel.
 * They match `Snippet` / `SnippetChange` in lib/sync/protocol.ts structurally, so the hub's
 * changes can be applied as they arrive without a mapping layer.
 */
export type KbLanguage = 'en' | 'nl';
export type Register = 'formal' | 'informal';

/** A knowledge-base entry. Deletes are kept as tombstones so an old update cannot resurrect it. */
export interface KbSnippet {
  id: string;
  title: string;
  /** Markdown; render through render-markdown.ts, never as raw HTML. */
  body: string;
  tags: string[];
  language: KbLanguage;
  /** Dutch u/je bodies; `body` is used when a variant is missing. */
  variants?: { formal?: string; informal?: string };
  version: number;
  updatedAt: number;
  deleted: boolean;
}

/** One entry of the hub's versioned change stream (an upsert, or a delete as a tombstone). */
export interface KbChange {
  version: number;
  snippet: KbSnippet;
}

export type KbSource = 'demo' | 'hub';

/** A ranked search result; `matched` lists the words of the query that hit this snippet. */
export interface KbHit {
  snippetId: string;
  title: string;
  language: KbLanguage;
  /** BM25 score (unbounded; for ordering). */
  score: number;
  /** 0..1: how much of the query's information this snippet covers. */
  confidence: number;
  matched: string[];
}
