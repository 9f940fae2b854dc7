import { describe, expect, it } from 'vitest';
import { KbDb } from '../kb/db';
import { KbStore } from '../kb/store';
import { usageCounts } from '../kb/usage';
import { KbService } from './kb-service';

describe('KbService', () => {
  it('counts each suggested snippet once per chat as shown', async () => {
    const db = new KbDb(`kb-service-${crypto.randomUUID()}`);
    const kb = new KbService(() => KbStore.open(db, { warm: false }));
    const message = ['My kettle is part of the recall, what do I do?'];
    const first = await kb.suggestions('chat-1', message, 'en');
    expect(first.length).toBeGreaterThan(0);
    await kb.suggestions('chat-1', message, 'en');
    await kb.suggestions('chat-2', message, 'en');
    for (const hit of first) expect((await usageCounts(db, hit.snippetId)).shown).toBe(2);
  });
});
