import { expect, it } from 'vitest';
import { KbDb } from './db';
import { recordUsage, usageCounts } from './usage';

it('counts shown, inserted and edited per snippet', async () => {
  const db = new KbDb(`kb-usage-${crypto.randomUUID()}`);
  await recordUsage(db, 'returns-window-en', 'shown', 'c-1');
  await recordUsage(db, 'returns-window-en', 'shown');
  await recordUsage(db, 'returns-window-en', 'inserted', 'c-1');
  await recordUsage(db, 'refund-timing-en', 'edited');
  expect(await usageCounts(db, 'returns-window-en')).toEqual({ shown: 2, inserted: 1, edited: 0 });
  expect((await db.usage.toArray()).every((r) => Object.keys(r).every((k) => ['id', 'snippetId', 'event', 'at', 'conversationKey'].includes(k)))).toBe(true);
});
