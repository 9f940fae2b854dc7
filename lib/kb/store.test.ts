import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KbDb } from './db';
import { search } from './search';
import { JOURNAL_RECORD_SNIPPETS } from './journal';
import { demoSnippets, FOLD_DELAY_MS, KbStore, RecentSnippets } from './store';
import type { KbChange, KbSnippet } from './types';

const freshDb = () => new KbDb(`kb-test-${crypto.randomUUID()}`);
const snippet = (id: string, version: number, extra: Partial<KbSnippet> = {}): KbSnippet => ({
  id,
  title: `Title ${id}`,
  body: 'Orders ship within two working days.',
  tags: [],
  language: 'en',
  version,
  updatedAt: 1_700_000_000_000 + version,
  deleted: false,
  ...extra,
});
const change = (s: KbSnippet): KbChange => ({ version: s.version, snippet: s });
const ids = async (kb: KbStore, q: string) => (await search(kb, q, { lang: 'en', limit: 10 })).map((h) => h.snippetId);

describe('KbStore', () => {
  it('seeds the demo KB once, on a fresh install only', async () => {
    const kb = await KbStore.open(freshDb());
    const first = await kb.seedDemoIfEmpty();
    expect(first).toEqual({ ok: true, applied: demoSnippets().length, lastVersion: 0 });
    expect(await kb.source()).toBe('demo');
    expect(await kb.seedDemoIfEmpty()).toBeUndefined();
    expect(await ids(kb, 'kettle recall')).toContain('kettle-recall-en');
  });

  it('replaces the demo KB with the hub’s on the first hub change', async () => {
    const kb = await KbStore.open(freshDb());
    await kb.seedDemoIfEmpty();
    const res = await kb.applyChanges([change(snippet('hub-1', 7, { title: 'Zeppelin delivery', body: 'Zeppelins fly on Sundays.' }))]);
    expect(res).toEqual({ ok: true, applied: 1, lastVersion: 7 });
    expect(await kb.source()).toBe('hub');
    await kb.fold();
    expect(await kb.db.snippets.count()).toBe(1);
    expect(await ids(kb, 'kettle recall')).toEqual([]);
    expect(await ids(kb, 'zeppelin')).toEqual(['hub-1']);
  });

  it('applies changes idempotently by version and keeps the index in step', async () => {
    const kb = await KbStore.open(freshDb());
    await kb.applyChanges([change(snippet('a', 1, { title: 'Walrus care' })), change(snippet('b', 2, { title: 'Penguin care' }))]);
    expect(await kb.applyChanges([change(snippet('a', 1, { title: 'Walrus care' }))])).toMatchObject({ ok: true, applied: 0 });
    // An older version arriving late must not overwrite a newer one.
    await kb.applyChanges([change(snippet('a', 5, { title: 'Narwhal care' }))]);
    await kb.applyChanges([change(snippet('a', 3, { title: 'Walrus care' }))]);
    expect(await ids(kb, 'walrus')).toEqual([]);
    expect(await ids(kb, 'narwhal')).toEqual(['a']);
    // A delete is a tombstone: gone from search, and an older upsert cannot resurrect it.
    await kb.applyChanges([change(snippet('b', 6, { deleted: true }))]);
    await kb.applyChanges([change(snippet('b', 4, { title: 'Penguin care' }))]);
    expect(await ids(kb, 'penguin')).toEqual([]);
    expect(await kb.lastVersion()).toBe(6);
    await kb.fold();
    expect((await kb.db.snippets.get('b'))?.deleted).toBe(true);
    expect(await kb.db.postings.get('penguin')).toBeUndefined();
  });

  it('restores the index after a worker restart without rebuilding it', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db);
    await kb.seedDemoIfEmpty();
    const before = await search(kb, 'wachtwoord vergeten', { lang: 'nl' });
    const postings = await db.postings.count();
    const restarted = await KbStore.open(new KbDb(db.name));
    expect(await search(restarted, 'wachtwoord vergeten', { lang: 'nl' })).toEqual(before);
    expect(await restarted.db.postings.count()).toBe(postings);
    expect(before[0]?.snippetId).toBe('wachtwoord-resetten-nl');
  });

  it('reports a full disk as quota-exceeded and loses nothing already stored', async () => {
    const kb = await KbStore.open(freshDb());
    await kb.applyChanges([change(snippet('a', 1, { title: 'Walrus care' }))]);
    const spy = vi.spyOn(kb.db.postings, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const res = await kb.applyChanges([change(snippet('a', 2, { title: 'Narwhal care' })), change(snippet('c', 3, { title: 'Octopus care' }))]);
    spy.mockRestore();
    expect(res).toMatchObject({ ok: false, error: 'quota-exceeded' });
    // What is stored, as a restarted worker reads it back, and what this one holds in memory.
    const restarted = await KbStore.open(new KbDb(kb.db.name), { warm: false });
    for (const store of [kb, restarted]) expect((await store.snippets(['a', 'c'])).map((s) => s?.title)).toEqual(['Walrus care', undefined]);
    expect(await kb.lastVersion()).toBe(1);
    expect(await ids(kb, 'walrus')).toEqual(['a']);
    expect(await ids(kb, 'octopus')).toEqual([]);
    // And the next attempt, with space again, succeeds.
    expect(await kb.applyChanges([change(snippet('c', 3, { title: 'Octopus care' }))])).toMatchObject({ ok: true, applied: 1 });
    expect(await ids(kb, 'octopus')).toEqual(['c']);
  });

  it('indexes a 1 MB snippet without trouble', async () => {
    const kb = await KbStore.open(freshDb());
    const huge = `${'lorem ipsum dolor '.repeat(60_000)} walrus`;
    expect(await kb.applyChanges([change(snippet('big', 1, { body: huge }))])).toMatchObject({ ok: true });
    expect(await ids(kb, 'walrus')).toEqual(['big']);
  });

  it('keeps the stored snippets through the upgrade that drops their secondary indexes', async () => {
    const name = `kb-v3-${crypto.randomUUID()}`;
    // The v3 schema, as an installed extension has it.
    const v3 = new Dexie(name);
    v3.version(3).stores({ snippets: 'id, language, version, updatedAt', usage: '++id, snippetId, event, at', meta: 'key', postings: 'term', indexState: 'key' });
    await v3.table('snippets').put(snippet('a', 1, { title: 'Walrus care' }));
    v3.close();
    const db = new KbDb(name);
    const kb = await KbStore.open(db);
    expect(db.tables.find((t) => t.name === 'snippets')?.schema.indexes).toEqual([]);
    expect((await kb.snippets(['a']))[0]?.title).toBe('Walrus care');
    expect(await kb.applyChanges([change(snippet('a', 2, { title: 'Narwhal care' }))])).toMatchObject({ ok: true, applied: 1 });
    expect(await ids(kb, 'narwhal')).toEqual(['a']);
    db.close();
    const raw = await new Dexie(name).open();
    expect(raw.table('snippets').schema.indexes).toEqual([]);
    raw.close();
  });

  it('shows snippets again without reading IndexedDB, and never a version older than the stored one', async () => {
    const kb = await KbStore.open(freshDb(), { warm: false });
    await kb.applyChanges([change(snippet('a', 1, { title: 'Walrus care' })), change(snippet('b', 2, { title: 'Walrus food' }))]);
    expect((await search(kb, 'walrus')).map((h) => h.title).sort()).toEqual(['Walrus care', 'Walrus food']);
    const reads = vi.spyOn(kb.db.snippets, 'bulkGet');
    expect((await search(kb, 'walrus')).map((h) => h.title).sort()).toEqual(['Walrus care', 'Walrus food']);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await kb.applyChanges([change(snippet('a', 3, { title: 'Walrus care, updated' })), change(snippet('b', 4, { deleted: true }))]);
    expect((await search(kb, 'walrus')).map((h) => h.title)).toEqual(['Walrus care, updated']);
    expect(await kb.snippets(['b'])).toEqual([undefined]);
    await kb.replaceAll([snippet('c', 5, { title: 'Walrus tusks' })], 'hub');
    expect(await kb.snippets(['a', 'c'])).toEqual([undefined, expect.objectContaining({ title: 'Walrus tusks' })]);
  });
});

describe('KbStore journal', () => {
  const batch = (n: number, version: number, extra: Partial<KbSnippet> = {}) => Array.from({ length: n }, (_, i) => snippet(`s${i}`, version + i, { title: `Walrus ${i}`, ...extra }));
  const titles = async (kb: KbStore, wanted: readonly string[]) => (await kb.snippets(wanted)).map((s) => s?.title);

  it('stores a hub batch as a few journal records, readable and searchable at once, and after a restart', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    const snippets = [...batch(249, 1), snippet('s249', 300, { title: 'Walrus 249', body: 'Octopus ink.' })];
    expect(await kb.applyChanges(snippets.map(change))).toMatchObject({ ok: true, applied: 250 });
    expect(await db.journal.count()).toBe(Math.ceil(250 / JOURNAL_RECORD_SNIPPETS));
    expect(await db.snippets.count()).toBe(0);
    expect(await titles(kb, ['s0', 's249'])).toEqual(['Walrus 0', 'Walrus 249']);
    const restarted = await KbStore.open(new KbDb(db.name), { warm: false });
    expect(await titles(restarted, ['s0', 's249'])).toEqual(['Walrus 0', 'Walrus 249']);
    expect(await ids(restarted, 'octopus')).toEqual(['s249']);
    // A fold moves them into their own rows and empties the journal; reads do not change.
    expect(await restarted.fold()).toBe(250);
    expect(await db.journal.count()).toBe(0);
    expect((await db.snippets.get('s249'))?.title).toBe('Walrus 249');
    expect(await titles(restarted, ['s0', 's249'])).toEqual(['Walrus 0', 'Walrus 249']);
    expect(await restarted.fold()).toBe(0);
  });

  it('updates a journaled snippet from its journaled copy: its version and its old words', async () => {
    const kb = await KbStore.open(freshDb(), { warm: false });
    await kb.applyChanges([change(snippet('a', 1, { title: 'Walrus care' }))]);
    await kb.fold();
    await kb.applyChanges([change(snippet('a', 5, { title: 'Narwhal care' }))]);
    // Older than the journaled copy (newer than the row): skipped.
    expect(await kb.applyChanges([change(snippet('a', 3, { title: 'Walrus care' }))])).toMatchObject({ ok: true, applied: 0 });
    await kb.applyChanges([change(snippet('a', 6, { title: 'Octopus care' }))]);
    expect(await ids(kb, 'narwhal')).toEqual([]);
    expect(await ids(kb, 'walrus')).toEqual([]);
    expect(await ids(kb, 'octopus')).toEqual(['a']);
    await kb.applyChanges([change(snippet('a', 7, { deleted: true }))]);
    expect(await kb.snippets(['a'])).toEqual([undefined]);
    await kb.fold();
    expect(await kb.db.snippets.get('a')).toMatchObject({ version: 7, deleted: true });
    expect(await ids(kb, 'octopus')).toEqual([]);
  });

  it('folds by itself once the updates have been quiet for a while', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    await kb.applyChanges(batch(3, 1).map(change));
    expect(await db.journal.count()).toBe(1);
    await vi.waitFor(async () => expect(await db.journal.count()).toBe(0), { timeout: FOLD_DELAY_MS * 4, interval: 100 });
    expect(await db.snippets.count()).toBe(3);
  });

  it('counts the quiet second from the end of the last batch: a fold due during a batch waits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = freshDb();
      const kb = await KbStore.open(db, { warm: false });
      await kb.applyChanges(batch(3, 1).map(change));
      const next = kb.applyChanges([change(snippet('x', 9))]);
      // The first batch's fold falls due while the next batch is being written.
      vi.advanceTimersByTime(FOLD_DELAY_MS);
      await next;
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await db.journal.count()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the journal when a fold fails, and folds it later', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    await kb.applyChanges(batch(3, 1).map(change));
    const spy = vi.spyOn(db.snippets, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(kb.fold()).rejects.toThrow();
    spy.mockRestore();
    expect(await db.journal.count()).toBe(1);
    expect(await db.snippets.count()).toBe(0);
    expect(await titles(kb, ['s2'])).toEqual(['Walrus 2']);
    expect(await titles(await KbStore.open(new KbDb(db.name), { warm: false }), ['s2'])).toEqual(['Walrus 2']);
    expect(await kb.fold()).toBe(3);
    expect(await db.snippets.count()).toBe(3);
  });

  it('runs writes one at a time: batches started together end as if applied in turn', async () => {
    const kb = await KbStore.open(freshDb(), { warm: false });
    // Other snippets, so that the batches' words are rare enough to be confident hits.
    await kb.applyChanges(Array.from({ length: 100 }, (_, i) => change(snippet(`f${i}`, 1_000 + i, { title: `Penguin ${i}` }))));
    const results = await Promise.all([kb.applyChanges(batch(20, 1).map(change)), kb.fold(), kb.applyChanges(batch(20, 100, { title: 'Narwhal' }).map(change)), kb.applyChanges([change(snippet('s0', 500, { title: 'Octopus' }))])]);
    expect(results).toEqual([expect.objectContaining({ ok: true, applied: 20 }), 120, expect.objectContaining({ ok: true, applied: 20 }), expect.objectContaining({ ok: true, applied: 1 })]);
    expect(await ids(kb, 'walrus')).toEqual([]);
    const all = Array.from({ length: 20 }, (_, i) => `s${i}`);
    expect(await titles(kb, all)).toEqual(['Octopus', ...Array<string>(19).fill('Narwhal')]);
    expect(await ids(kb, 'octopus')).toEqual(['s0']);
  });

  it('reads no old versions for a batch above the cursor when the index holds every term in memory', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    await kb.applyChanges([...Array.from({ length: 50 }, (_, i) => change(snippet(`f${i}`, i + 1, { title: `Penguin ${i}` }))), change(snippet('a', 100, { title: 'Walrus care' }))]);
    await kb.fold();
    expect(kb.index.recallsStoredTerms()).toBe(true);
    const reads = vi.spyOn(db.snippets, 'bulkGet');
    await kb.applyChanges([change(snippet('a', 101, { title: 'Narwhal care' })), change(snippet('f1', 102, { deleted: true }))]);
    expect(reads).not.toHaveBeenCalled();
    expect(await ids(kb, 'walrus')).toEqual([]);
    expect(await ids(kb, 'narwhal')).toEqual(['a']);
    expect(await ids(kb, 'penguin 1')).not.toContain('f1');
    // A change at or below the cursor may be older than what is stored: that one is read and checked.
    await kb.fold();
    expect(await kb.applyChanges([change(snippet('a', 99, { title: 'Octopus care' }))])).toMatchObject({ ok: true, applied: 0 });
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await ids(kb, 'octopus')).toEqual([]);
  });

  it('replacing the whole KB empties the journal', async () => {
    const db = freshDb();
    const kb = await KbStore.open(db, { warm: false });
    await kb.applyChanges(batch(3, 1).map(change));
    await kb.replaceAll([snippet('z', 9, { title: 'Zebra' })], 'hub');
    expect(await db.journal.count()).toBe(0);
    expect(await titles(kb, ['s0', 'z'])).toEqual([undefined, 'Zebra']);
    expect(await titles(await KbStore.open(new KbDb(db.name), { warm: false }), ['s0', 'z'])).toEqual([undefined, 'Zebra']);
  });
});

describe('RecentSnippets', () => {
  const row = (id: string, version: number) => snippet(id, version);

  it('keeps what it read, up to its limit, dropping the least recently used', async () => {
    const recent = new RecentSnippets(2);
    const fetch = vi.fn(async (ids: string[]) => ids.map((id) => (id === 'none' ? undefined : row(id, 1))));
    expect((await recent.read(['a', 'none', 'b'], fetch)).map((s) => s?.id)).toEqual(['a', undefined, 'b']);
    expect(await recent.read(['a'], fetch)).toEqual([row('a', 1)]);
    expect(fetch).toHaveBeenCalledTimes(1);
    await recent.read(['c'], fetch);
    await recent.read(['a', 'b'], fetch);
    expect(fetch.mock.calls.at(-1)?.[0]).toEqual(['b']);
  });

  it('drops what a write touches and does not keep a read that overlapped a write', async () => {
    const recent = new RecentSnippets();
    let version = 1;
    const fetch = vi.fn(async (ids: string[]) => ids.map((id) => row(id, version)));
    await recent.read(['a', 'b'], fetch);
    let finish = () => {};
    const writing = recent.writing(['a'], () => new Promise<void>((resolve) => (finish = resolve)));
    // During the write: the untouched snippet from memory, the touched one from storage.
    expect((await recent.read(['a', 'b'], fetch)).map((s) => s?.version)).toEqual([1, 1]);
    expect(fetch.mock.calls.at(-1)?.[0]).toEqual(['a']);
    version = 2;
    finish();
    await writing;
    expect((await recent.read(['a'], fetch))[0]?.version).toBe(2);
    // A read that started before a write and ended after it is not kept.
    let release = () => {};
    const slow = recent.read(['c'], async (ids) => {
      await new Promise<void>((resolve) => (release = resolve));
      return ids.map((id) => row(id, 1));
    });
    await recent.writing(['x'], async () => release());
    await slow;
    await recent.read(['c'], fetch);
    expect(fetch.mock.calls.at(-1)?.[0]).toEqual(['c']);
  });
});
