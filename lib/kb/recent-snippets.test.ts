import { describe, expect, it, vi } from 'vitest';
import { RecentSnippets } from './recent-snippets';
import type { KbSnippet } from './types';

const row = (id: string, version = 1, extra: Partial<KbSnippet> = {}): KbSnippet => ({
  id,
  title: `T${id}`,
  body: 'body',
  tags: [],
  language: 'en',
  version,
  updatedAt: version,
  deleted: false,
  ...extra,
});
/** Text size of row('x'): id 1 + title 2 + body 4. */
const ROW = 7;

describe('RecentSnippets', () => {
  it('keeps what it read within its budget, dropping the least recently used', async () => {
    const recent = new RecentSnippets(2 * ROW);
    const fetch = vi.fn(async (ids: string[]) => ids.map((id) => (id === 'none' ? undefined : row(id))));
    expect((await recent.read(['a', 'none', 'b'], fetch)).map((s) => s?.id)).toEqual(['a', undefined, 'b']);
    expect(await recent.read(['a'], fetch)).toEqual([row('a')]);
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
      return ids.map((id) => row(id));
    });
    await recent.writing(['x'], async () => release());
    await slow;
    await recent.read(['c'], fetch);
    expect(fetch.mock.calls.at(-1)?.[0]).toEqual(['c']);
  });

  it('warms up page by page until its budget is full, without tombstones or pushing out what it holds', async () => {
    const stored = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => row(id, 1, id === 'b' ? { deleted: true } : {}));
    const readPage = vi.fn(async (after: string | undefined, count: number) => stored.filter((s) => after === undefined || s.id > after).slice(0, count));
    const recent = new RecentSnippets(3 * ROW);
    await recent.read(['e'], async (ids) => ids.map((id) => row(id, 5)));
    expect(await recent.warm(readPage)).toBe(2);
    const fetch = vi.fn(async (ids: string[]) => ids.map((id) => row(id)));
    expect((await recent.read(['a', 'c', 'e'], fetch)).map((s) => s?.version)).toEqual([1, 1, 5]);
    expect(fetch).not.toHaveBeenCalled();
    // A budget that holds everything reads to the end.
    expect(await new RecentSnippets(100 * ROW).warm(readPage)).toBe(5);
  });

  it('does not keep a warm-up page read while a write ran', async () => {
    const recent = new RecentSnippets();
    let writes: Promise<unknown> | undefined;
    const stored = [row('a'), row('b')];
    const readPage = async (after: string | undefined) => {
      if (after === undefined) writes = recent.writing(['a'], async () => undefined);
      await writes;
      return stored.filter((s) => after === undefined || s.id > after).slice(0, 1);
    };
    expect(await recent.warm(readPage)).toBe(1);
    const fetch = vi.fn(async (ids: string[]) => ids.map((id) => row(id, 2)));
    expect((await recent.read(['a', 'b'], fetch)).map((s) => s?.version)).toEqual([2, 1]);
  });
});
