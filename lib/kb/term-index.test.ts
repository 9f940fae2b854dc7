import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { KbDb } from './db';
import { generateKb, generateQueries, seededRandom } from './generate-kb';
import { search, suggest } from './search';
import { KbStore } from './store';
import { differingSpans, snippetTermChanges, snippetTerms } from './term-index';
import { stem } from './text-analysis';
import type { KbChange, KbSnippet } from './types';

const freshDb = () => new KbDb(`kb-index-${crypto.randomUUID()}`);
const changes = (snippets: readonly KbSnippet[]): KbChange[] => snippets.map((s) => ({ version: s.version, snippet: s }));

/** Every term's postings as "snippet id:weight" sets, and every live snippet's length. */
async function indexContents(kb: KbStore) {
  await kb.index.headsReady();
  const idOf = (n: number) => kb.index.documentId(n);
  const postings = new Map<string, string[]>();
  for (const row of await kb.db.postings.toArray()) {
    postings.set(row.term, [...row.docs].map((d, j) => `${idOf(d)}:${row.weights[j]}`).sort());
  }
  const lengths = new Map<string, number>();
  const heads = new Map<string, unknown>();
  for (let n = 0; n < kb.index.capacity; n++) {
    const id = idOf(n);
    if (id) lengths.set(id, kb.index.documentLength(n));
    if (id) heads.set(id, kb.index.documentHead(n));
  }
  const terms = [...kb.index.terms()];
  return { postings, lengths, heads, count: kb.index.documentCount, terms, frequencies: terms.map((t) => kb.index.frequency(t)) };
}

/** Every hit (all of its fields) of search() and suggest() for each query. */
async function hitsFor(kb: KbStore, queries: readonly string[]) {
  const out = [];
  for (const q of queries) out.push(await search(kb, q, { limit: 10 }), await suggest(kb, [q], { limit: 10 }));
  return out;
}

/**
 * The KB edited in several batches: body edits, title edits, deletes, new snippets, a language
 * switch. With `recall` (the default) the index holds every term's postings in memory and
 * recalls the edited snippets' old terms from them; without, a restarted store with nothing in
 * memory reads their old versions and re-analyses them.
 */
async function editedKb(db: KbDb, { recall = true } = {}) {
  const first = await KbStore.open(db);
  const base = generateKb(300);
  await first.applyChanges(changes(base));
  // Folded: the next batches find their snippets' old versions in rows, then in the journal.
  await first.fold();
  const kb = recall ? first : await KbStore.open(new KbDb(db.name), { warm: false });
  expect(kb.index.recallsStoredTerms()).toBe(recall);
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
  // Only document frequencies change: the vocabulary stays the same.
  await kb.applyChanges(changes(base.slice(100, 110).map((s) => ({ ...s, body: `${s.body} Kettle.`, version: next() }))));
  await kb.fold();
  const live = (await db.snippets.toArray()).filter((s) => !s.deleted);
  return { kb, live };
}

describe('TermIndex state deltas', () => {
  const stateKeys = async (db: KbDb) => (await db.indexState.toCollection().primaryKeys()).map(String).map((k) => (k === 'main' ? k : 'delta'));

  /** The index as a restarted worker reads it; that store is closed at once, so its own fold never runs. */
  const reread = async (db: KbDb) => {
    const restarted = await KbStore.open(new KbDb(db.name), { warm: false });
    const contents = await indexContents(restarted);
    expect(restarted.index.terms()).toEqual([...restarted.index.terms()].sort());
    restarted.db.close();
    return contents;
  };

  it('stores each batch as a delta on the full record, reads them back exactly, and the fold writes them into it', async () => {
    // Only the explicit folds below run (the store's own one waits for a quiet second).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    const base = generateKb(120);
    await kb.applyChanges(changes(base));
    expect(await stateKeys(db)).toEqual(['main']);
    await kb.fold();
    let version = 1_000;
    const next = () => ++version;
    // Edits, a term only one snippet has, deletes (freeing numbers), then new snippets reusing them,
    // a language switch, and the rare term gone again with its snippet.
    const rare = { ...(base[0] as KbSnippet), title: 'Zyzzyva filter', version: next() };
    await kb.applyChanges(changes([rare, ...base.slice(1, 20).map((s) => ({ ...s, body: `${s.body} Walrus.`, version: next() })), ...base.slice(20, 35).map((s) => ({ ...s, deleted: true, version: next() }))]));
    const added = generateKb(140).slice(120).map((s) => ({ ...s, id: `new-${s.id}`, version: next() }));
    await kb.applyChanges(changes([...added, { ...(base[40] as KbSnippet), language: 'nl' as const, body: 'Wij repareren uw walrus.', version: next() }]));
    await kb.applyChanges(changes([{ ...rare, deleted: true, version: next() }]));
    // A batch older than what is stored changes nothing, and stores no delta.
    expect(await kb.applyChanges(changes([{ ...rare, version: 1 }]))).toMatchObject({ ok: true, applied: 0 });
    expect(await stateKeys(db)).toEqual(['delta', 'delta', 'delta', 'main'].sort());
    const inMemory = await indexContents(kb);
    expect(inMemory.terms).not.toContain('zyzzyva');
    expect(inMemory.terms).toContain('walrus');
    expect(await reread(db)).toEqual(inMemory);
    // A fold that fails keeps the deltas, which still read back the same.
    const spy = vi.spyOn(db.indexState, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(kb.fold()).rejects.toThrow();
    spy.mockRestore();
    expect(await stateKeys(db)).toContain('delta');
    expect(await reread(db)).toEqual(inMemory);
    // A later batch and fold: the deltas are all written into the full record and gone.
    await kb.applyChanges(changes([{ ...(base[50] as KbSnippet), body: 'Kettle.', version: next() }]));
    await kb.fold();
    expect(await stateKeys(db)).toEqual(['main']);
    expect(await reread(db)).toEqual(await indexContents(kb));
  });
});

describe('TermIndex updates', () => {
  it.each([
    ['recalling the old terms from the postings in memory', true],
    ['re-analysing the old versions read back', false],
  ])('after many incremental batches, holds exactly what a rebuild from scratch holds (%s)', async (_, recall) => {
    const db = freshDb();
    const { kb, live } = await editedKb(db, { recall });
    const rebuilt = await KbStore.open(freshDb());
    await rebuilt.replaceAll(live, 'hub');
    const a = await indexContents(kb);
    const b = await indexContents(rebuilt);
    // And what was stored along the way reads back the same.
    expect(await indexContents(await KbStore.open(new KbDb(db.name)))).toEqual(b);
    expect(a.count).toBe(live.length);
    expect(a.lengths).toEqual(b.lengths);
    expect(a.heads).toEqual(b.heads);
    expect(a.heads).toEqual(new Map(live.map((s) => [s.id, { title: s.title, tagText: s.tags.join(' ') }])));
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
    // That version stored no deltas either.
    await db.indexState.clear();
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
    // The batch stores a delta; the fold writes the full record, packed.
    await restarted.fold();
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

  it('shows hits from the titles and tags it keeps: no snippet read, even after a restart', async () => {
    const db = freshDb();
    const { kb } = await editedKb(db);
    const restarted = await KbStore.open(new KbDb(db.name), { warm: false });
    await restarted.index.headsReady();
    const reads = vi.spyOn(restarted.db.snippets, 'bulkGet');
    const queries = ['walrus', 'spare filter', 'kettle recall', 'repareren'];
    expect(await hitsFor(restarted, queries)).toEqual(await hitsFor(kb, queries));
    expect((await search(restarted, 'walrus')).length).toBeGreaterThan(0);
    expect(reads).not.toHaveBeenCalled();
  });

  it('searches and writes right after a restart, before the titles and tags are read, without losing any', async () => {
    const db = freshDb();
    const { kb, live } = await editedKb(db);
    const queries = ['walrus', 'spare filter', 'kettle recall', 'repareren'];
    const expected = await hitsFor(kb, queries);
    expect(await hitsFor(await KbStore.open(new KbDb(db.name), { warm: false }), queries)).toEqual(expected);
    const restarted = await KbStore.open(new KbDb(db.name), { warm: false });
    const edited = { ...(live[5] as KbSnippet), body: 'Walrus tusks, polished.', version: 99_999 };
    expect(await restarted.applyChanges(changes([edited]))).toMatchObject({ ok: true, applied: 1 });
    const again = await KbStore.open(new KbDb(db.name), { warm: false });
    await again.index.headsReady();
    expect((await indexContents(again)).heads).toEqual(new Map(live.map((s) => [s.id, { title: s.title, tagText: s.tags.join(' ') }])));
  });

  it('gives the same hits for a KB indexed before it kept titles and tags, reading those snippets', async () => {
    const db = freshDb();
    const { kb } = await editedKb(db);
    const { keyTerms, messages } = generateQueries(60);
    const queries = [...keyTerms, ...messages, 'walrus', 'repareren'];
    const expected = await hitsFor(kb, queries);
    // The state as v4 of db.ts left it: no docHeads at all.
    await db.docHeads.clear();
    const old = await KbStore.open(new KbDb(db.name), { warm: false });
    const reads = vi.spyOn(old.db.snippets, 'bulkGet');
    expect(await hitsFor(old, queries)).toEqual(expected);
    expect(reads).toHaveBeenCalled();
    expect(expected.flat().length).toBeGreaterThan(100);
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

/** What a full re-analysis of both versions says changed (zero changes left out). */
function fullChanges(before: KbSnippet, after: KbSnippet): Map<string, number> {
  const out = new Map(snippetTerms(after));
  for (const [term, weight] of snippetTerms(before)) out.set(term, (out.get(term) ?? 0) - weight);
  return new Map([...out].filter(([, change]) => change !== 0));
}
const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, change]) => change !== 0));

describe('snippetTermChanges', () => {
  const base = { ...(generateKb(1)[0] as KbSnippet), title: 'Café crème', tags: ['retour', 'geld'] };

  it('cuts only at a space or line break both versions share', () => {
    expect(differingSpans('the spare filter ships', 'the spare filters ship')).toEqual(['filter ships', 'filters ship']);
    expect(differingSpans('abc', 'abd')).toEqual(['abc', 'abd']);
    expect(differingSpans('same text', 'same text')).toEqual(['', '']);
    expect(differingSpans('a b', 'a x b')).toEqual(['', 'x ']);
    // An appended sentence: nothing of the old text is analysed again.
    expect(differingSpans('It ships.', 'It ships. Update: it ships later.')).toEqual(['', ' Update: it ships later.']);
  });

  it('equals a full re-analysis for edits inside words, accents, placeholders, sigma and line breaks', () => {
    const pairs: Array<[string, string]> = [
      ['Order {order.id} ships today', 'Order {order.idx} ships today'],
      ['Order {order.id} ships today', 'Order {order} ships today'],
      ['De föhn is geïnstalleerd.', 'De fohn is geïnstalleerd.'],
      ['Cafe\u0301 open', 'Cafe open'],
      ['ΟΔΟΣ ΟΔΟΣ', 'ΟΔΟΣΑ ΟΔΟΣ'],
      ['line one\r\nline two', 'line one\r\nline  two'],
      ['tab\tseparated words', 'tab\tseparated\twords'],
      ['a walrus', 'walrus'],
      [`${'x'.repeat(40)} y`, `${'x'.repeat(41)} y`],
      ['NW-51877 ships in 2 days', 'NW-51878 ships in 20 days'],
      ['', 'Brand new text'],
      ['Old text only', ''],
    ];
    for (const [a, b] of pairs) {
      for (const field of ['title', 'body'] as const) {
        const before = { ...base, [field]: a };
        const after = { ...base, [field]: b };
        expect(nonZero(snippetTermChanges(before, after)), `${field}: ${a} → ${b}`).toEqual(fullChanges(before, after));
      }
    }
    const retagged = { ...base, tags: ['retour', 'terugbetaling'] };
    expect(nonZero(snippetTermChanges(base, retagged))).toEqual(fullChanges(base, retagged));
  });

  it('equals a full re-analysis for random edits of generated snippets', () => {
    const rand = seededRandom(11);
    const pieces = [' ', '\n\n', 'spare filter', 'é', '{order.id}', 'x', 'Walrus ', '-', '**', 'ΣΟΣ'];
    for (const s of generateKb(150)) {
      let body = s.body;
      for (let edit = 0; edit < 3; edit++) {
        const at = Math.floor(rand() * body.length);
        const cut = Math.floor(rand() * 12);
        body = body.slice(0, at) + (pieces[Math.floor(rand() * pieces.length)] as string) + body.slice(at + cut);
      }
      const after = { ...s, body };
      expect(nonZero(snippetTermChanges(s, after))).toEqual(fullChanges(s, after));
    }
  });

  it('keeps weights capped at the postings maximum exact through edits', async () => {
    const kb = await KbStore.open(freshDb(), { warm: false });
    const s = { ...(generateKb(1)[0] as KbSnippet), body: 'walrus '.repeat(66_000) };
    await kb.applyChanges(changes([s]));
    const edits = [`${s.body} walrus`, `${s.body} walrus tusk`, 'walrus tusk '.repeat(10)];
    let version = s.version;
    for (const body of edits) await kb.applyChanges(changes([{ ...s, body, version: ++version }]));
    const rebuilt = await KbStore.open(freshDb(), { warm: false });
    await rebuilt.replaceAll([{ ...s, body: edits.at(-1) as string, version }], 'hub');
    const a = await indexContents(kb);
    const b = await indexContents(rebuilt);
    expect(a.postings.get('walrus')).toEqual(['gen-000000:10']);
    expect(a.postings).toEqual(b.postings);
    expect(a.lengths).toEqual(b.lengths);
  });
});

describe('TermIndex postings cache', () => {
  const snippet = (id: string, body: string): KbSnippet => ({ id, title: id, body, tags: [], language: 'en', version: 1, updatedAt: 1, deleted: false });

  it('keeps the rows queries use and drops the least recently used when it is full', async () => {
    const db = freshDb();
    onTestFinished(() => db.delete());
    // Ten words, each in 20 snippets: a row is 20 entries, and the cache holds 100 of them (5 rows).
    const words = ['apricot', 'bramble', 'currant', 'damson', 'elderberry', 'feijoa', 'guava', 'huckleberry', 'jostaberry', 'kumquat'];
    const seeded = await KbStore.open(db, { warm: false });
    await seeded.applyChanges(changes(words.flatMap((w) => Array.from({ length: 20 }, (_, i) => snippet(`${w}-${i}`, `${w} note ${i}`)))));
    seeded.db.close();
    const kb = await KbStore.open(new KbDb(db.name), { warm: false, cacheBudget: 100 });
    onTestFinished(() => kb.db.close());
    const reads: string[][] = [];
    const bulkGet = kb.db.postings.bulkGet.bind(kb.db.postings);
    kb.db.postings.bulkGet = ((keys: string[]) => {
      reads.push([...keys]);
      return bulkGet(keys);
    }) as typeof kb.db.postings.bulkGet;
    const use = async (word: string) => {
      const term = stem(word, 'en');
      reads.length = 0;
      expect(await kb.index.postings([term])).toHaveLength(1);
      return reads.flat().includes(term) ? 'read' : 'cached';
    };
    expect(await use('apricot')).toBe('read');
    expect(await use('apricot')).toBe('cached');
    for (const w of words.slice(1, 4)) expect(await use(w)).toBe('read');
    // Five rows fill the cache; using apricot again makes bramble the least recently used.
    expect(await use('apricot')).toBe('cached');
    expect(await use('elderberry')).toBe('read');
    expect(await use('feijoa')).toBe('read');
    // Over budget: eviction went down to 90 entries, dropping bramble and currant, never apricot.
    expect(await use('apricot')).toBe('cached');
    expect(await use('bramble')).toBe('read');
  });
});
