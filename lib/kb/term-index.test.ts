import { describe, expect, it } from 'vitest';
import { KbDb } from './db';
import { generateKb } from './generate-kb';
import { search } from './search';
import { KbStore } from './store';
import type { KbChange, KbSnippet } from './types';

const freshDb = () => new KbDb(`kb-index-${crypto.randomUUID()}`);
const changes = (snippets: readonly KbSnippet[]): KbChange[] => snippets.map((s) => ({ version: s.version, snippet: s }));

/** Every term's postings as "snippet id:weight" sets, and every live snippet's length. */
async function indexContents(kb: KbStore) {
  const idOf = (n: number) => kb.index.documentId(n);
  const postings = new Map<string, string[]>();
  for (const row of await kb.db.postings.toArray()) {
    postings.set(row.term, [...row.docs].map((d, j) => `${idOf(d)}:${row.weights[j]}`).sort());
  }
  const lengths = new Map<string, number>();
  for (let n = 0; n < kb.index.capacity; n++) {
    const id = idOf(n);
    if (id) lengths.set(id, kb.index.documentLength(n));
  }
  return { postings, lengths, count: kb.index.documentCount, terms: [...kb.index.terms()] };
}

/** The KB edited in several batches: body edits, title edits, deletes, new snippets, a language switch. */
async function editedKb(db: KbDb) {
  const kb = await KbStore.open(db);
  const base = generateKb(300);
  await kb.applyChanges(changes(base));
  let version = 1_000;
  const next = () => ++version;
  const edits = base.slice(0, 40).map((s) => ({ ...s, body: `${s.body} Updated: the spare filter now ships separately.`, version: next() }));
  const retitled = base.slice(40, 60).map((s) => ({ ...s, title: `Walrus ${s.title}`, version: next() }));
  const deletes = base.slice(60, 90).map((s) => ({ ...s, deleted: true, version: next() }));
  await kb.applyChanges(changes([...edits, ...retitled, ...deletes]));
  // New snippets reuse the freed document numbers; one snippet changes language.
  const added = generateKb(330).slice(300).map((s) => ({ ...s, id: `new-${s.id}`, version: next() }));
  const switched = { ...(base[95] as KbSnippet), language: 'nl' as const, body: 'Wij repareren uw walrus binnen een week.', version: next() };
  await kb.applyChanges(changes([...added, switched, { ...(edits[0] as KbSnippet), body: 'Short now.', version: next() }]));
  const live = (await db.snippets.toArray()).filter((s) => !s.deleted);
  return { kb, live };
}

describe('TermIndex updates', () => {
  it('after many incremental batches, holds exactly what a rebuild from scratch holds', async () => {
    const { kb, live } = await editedKb(freshDb());
    const rebuilt = await KbStore.open(freshDb());
    await rebuilt.replaceAll(live, 'hub');
    const a = await indexContents(kb);
    const b = await indexContents(rebuilt);
    expect(a.count).toBe(live.length);
    expect(a.lengths).toEqual(b.lengths);
    expect(a.terms).toEqual(b.terms);
    expect(a.postings).toEqual(b.postings);
    expect(a.terms).toEqual([...a.terms].sort());
    // Searches agree too (the same documents, lengths and frequencies give the same scores).
    for (const q of ['walrus', 'spare filter', 'kettle recall', 'repareren']) {
      const ids = async (k: KbStore) => (await search(k, q, { limit: 50 })).map((h) => `${h.snippetId}:${h.score}`).sort();
      expect(await ids(kb)).toEqual(await ids(rebuilt));
    }
  });

  it('keeps each live snippet’s terms, so an update never re-reads the old text', async () => {
    const { kb, live } = await editedKb(freshDb());
    expect(await kb.db.docTerms.count()).toBe(live.length);
    const deleted = (await kb.db.snippets.toArray()).find((s) => s.deleted);
    expect(deleted && (await kb.db.docTerms.get(deleted.id))).toBeUndefined();
  });

  it('updates a KB indexed before term lists were stored (db v1) correctly', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db);
    const base = generateKb(50);
    await kb.applyChanges(changes(base));
    await db.docTerms.clear();
    const edited = base.slice(0, 10).map((s, i) => ({ ...s, body: 'Narwhal tusks are teeth.', version: 500 + i }));
    await kb.applyChanges(changes(edited));
    const rebuilt = await KbStore.open(freshDb());
    await rebuilt.replaceAll((await db.snippets.toArray()).filter((s) => !s.deleted), 'hub');
    expect((await indexContents(kb)).postings).toEqual((await indexContents(rebuilt)).postings);
  });

  it('restores the sorted vocabulary after a restart without re-sorting it', async () => {
    const db = freshDb();
    const { kb } = await editedKb(db);
    const restarted = await KbStore.open(new KbDb(db.name));
    expect([...restarted.index.terms()]).toEqual([...kb.index.terms()]);
    expect((await db.indexState.get('main'))?.termsSorted).toBe(true);
  });
});
