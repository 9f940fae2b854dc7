import { describe, expect, it, vi } from 'vitest';
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

  it('reads the first (array) state format and rewrites it packed', async () => {
    const db = freshDb();
    const { kb, live } = await editedKb(db);
    const before = await indexContents(kb);
    // The state as the first version of the index stored it.
    const n = kb.index.capacity;
    const ids = Array.from({ length: n }, (_, i) => kb.index.documentId(i) ?? '');
    const terms = [...kb.index.terms()].reverse();
    await db.indexState.put({
      key: 'main',
      docIds: ids,
      docLengths: ids.map((_, i) => kb.index.documentLength(i)),
      docLanguages: ids.map((_, i) => kb.index.documentLanguage(i) ?? 'en'),
      terms,
      frequencies: terms.map((t) => kb.index.frequency(t)),
    });
    const restarted = await KbStore.open(new KbDb(db.name));
    expect(await indexContents(restarted)).toEqual(before);
    await restarted.applyChanges(changes([{ ...(live[0] as KbSnippet), body: 'Octopus ink.', version: 9_999 }]));
    expect((await db.indexState.get('main')) as object).toMatchObject({ format: 'packed' });
    expect((await search(restarted, 'octopus')).map((h) => h.snippetId)).toEqual([live[0]?.id]);
  });

  it('keeps any snippet id through the packed state', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db);
    const odd = { ...(generateKb(1)[0] as KbSnippet), id: 'line\nbreak "quoted" ünï', title: 'Walrus care' };
    await kb.applyChanges(changes([odd]));
    const restarted = await KbStore.open(new KbDb(db.name));
    expect((await search(restarted, 'walrus')).map((h) => h.snippetId)).toEqual([odd.id]);
  });

  it('restores the sorted vocabulary after a restart without re-sorting it', async () => {
    const db = freshDb();
    const { kb } = await editedKb(db);
    const restarted = await KbStore.open(new KbDb(db.name));
    expect([...restarted.index.terms()]).toEqual([...kb.index.terms()]);
    expect(restarted.index.terms()).toEqual([...kb.index.terms()].sort());
  });

  it('warms the postings cache so later searches read no postings from IndexedDB', async () => {
    const db = freshDb();
    await (await KbStore.open(db, { warm: false })).applyChanges(changes(generateKb(200)));
    const kb = await KbStore.open(new KbDb(db.name), { warm: false });
    const cold = vi.spyOn(kb.db.postings, 'bulkGet');
    await search(kb, 'kettle');
    expect(cold).toHaveBeenCalled();
    cold.mockRestore();
    expect(await kb.index.warm()).toBeGreaterThan(100);
    const warm = vi.spyOn(kb.db.postings, 'bulkGet');
    expect((await search(kb, 'walrus kettle recall spare')).length).toBeGreaterThan(0);
    expect(warm).not.toHaveBeenCalled();
  });

  it('stops warming when the index changes under it', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    await kb.applyChanges(changes(generateKb(200)));
    const vocabulary = kb.index.terms().length;
    const warming = kb.index.warm(5);
    await kb.applyChanges(changes([{ ...(generateKb(1)[0] as KbSnippet), body: 'Walrus.', version: 9_999 }]));
    expect(await warming).toBeLessThan(vocabulary / 2);
    expect(vocabulary).toBeGreaterThan(200);
  });
});
