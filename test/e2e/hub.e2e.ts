import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubStorage } from '../../server/storage/open-storage';
import { connect, connected, openTestStorage, type RunningHub, startHub, tokenFor, uniqueTeam } from '../../server/test-support/hub-harness';
import type { HubSocket } from '../../lib/sync/client';
import type { EscalationEvent } from '../../lib/sync/protocol';
import { addToDemo, type Harness, launch } from './harness';

// The extension against a real hub (embedded PGlite storage) in this process: status, live
// knowledge-base updates with the "what changed" notice, "notify lead", and a capture of every
// packet the extension sends, which must never carry the customer's words unasked.
let h: Harness;
let storage: HubStorage;
let team: string;
let hub: RunningHub;
let lead: HubSocket;
let panel: Page;
let demo: Page;
const sentByExtension: string[] = [];
const feed: EscalationEvent[] = [];
const SECRET_WORDS = 'my neighbour Piet van Dam at Lindelaan 12';

const add = (author: string, text: string) => addToDemo(demo, author, text);

beforeAll(async () => {
  storage = await openTestStorage('embedded');
  team = uniqueTeam('e2e');
  hub = await startHub(storage);
  const agentToken = (await tokenFor(storage, team, 'agent', 'Agent Sam')).token;
  const leadToken = (await tokenFor(storage, team, 'lead', 'Lead Lotte')).token;
  hub.hub.io.engine.on('connection', (raw: { request: { headers: Record<string, string> }; on(event: 'packet', cb: (p: { data?: unknown }) => void): void }) => {
    if (!raw.request.headers.origin?.startsWith('chrome-extension://')) return;
    raw.on('packet', (packet) => sentByExtension.push(String(packet.data ?? '')));
  });
  lead = await connected(connect(hub.url, leadToken));
  lead.on('escalation:feed', (event) => feed.push(event));
  h = await launch();
  panel = await h.openPanel();
  await panel.evaluate((settings) => (globalThis as any).chrome.storage.local.set({ hub: settings, agent: { name: 'Sam' } }), { hubUrl: hub.url, token: agentToken });
  demo = await h.openDemo('?chat=c-1003');
  await panel.waitForSelector('[data-testid="conversation"][data-conversation-id="c-1003"]');
});

afterAll(async () => {
  lead?.disconnect();
  await h?.close();
  await hub?.hub.close();
  await storage?.close();
});

type Copy = Record<string, { title: string; body: string; version: number }>;

/**
 * The live snippets in the extension's IndexedDB (read from the panel, an extension page):
 * the snippet rows, overlaid by the journal's newer copies (lib/kb/journal.ts) in the order
 * they were written.
 */
function extensionCopy(): Promise<Copy> {
  return panel.evaluate(
    () =>
      new Promise<Copy>((resolve, reject) => {
        type Row = { id: string; title: string; body: string; version: number; deleted: boolean };
        const opening = indexedDB.open('tact-kb');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const tx = opening.result.transaction(['snippets', 'journal']);
          const rows = tx.objectStore('snippets').getAll();
          const journal = tx.objectStore('journal').getAll();
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            const latest = new Map<string, Row>();
            for (const s of rows.result as Row[]) latest.set(s.id, s);
            for (const record of journal.result as Array<{ snippets: Row[] }>) for (const s of record.snippets) latest.set(s.id, s);
            const copy: Copy = {};
            for (const s of latest.values()) if (!s.deleted) copy[s.id] = { title: s.title, body: s.body, version: s.version };
            opening.result.close();
            resolve(copy);
          };
        };
      }),
  );
}

async function hubCopy(): Promise<Copy> {
  const copy: Copy = {};
  for (const change of (await storage.kb.pull(team, 0, 2_000)).changes) {
    if (change.kind === 'snippet' && !change.snippet.deleted) copy[change.snippet.id] = { title: change.snippet.title, body: change.snippet.body, version: change.snippet.version };
  }
  return copy;
}

describe('the extension and the team hub', () => {
  it('connects and says so in the panel', async () => {
    await expect.poll(() => panel.locator('[data-testid="hub-status"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
  });

  it("takes the hub's knowledge base at once, replacing the demo one, and says what changed", async () => {
    const ack = await lead.emitWithAck('kb:publish', {
      upserts: [{ id: 'gift-wrap-en', title: 'Gift wrapping', body: 'We gift-wrap any order for free: tick **gift wrap** at checkout.', tags: ['gift', 'wrapping'], language: 'en' }],
      deletes: [],
    });
    expect('data' in ack).toBe(true);
    const notice = panel.locator('[data-testid="kb-update-notice"]');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('Gift wrapping');
    await panel.locator('[data-testid="kb-search"]').fill('gift wrapping');
    await expect.poll(() => panel.locator('[data-testid="kb-suggestion"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-snippet-id')))).toEqual(['gift-wrap-en']);
    await panel.locator('[data-testid="kb-search"]').fill('password reset');
    await expect.poll(() => panel.locator('[data-testid="kb-suggestion"]').count()).toBe(0);
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await panel.locator('[data-testid="kb-search"]').fill('');
  });

  it("catches up on what was published while its service worker was stopped: the agent's copy equals the hub's", async () => {
    // The worker's socket closes with it; the publishes below must find no agent connected, so
    // that only the pull of a woken worker can bring them (an alarm may wake it meanwhile).
    const agentsConnected = () => [...hub.hub.io.of('/').sockets.values()].filter((socket) => socket.data.role === 'agent').length;
    await h.stopWorker();
    await expect.poll(agentsConnected, { timeout: 10_000 }).toBe(0);
    for (const request of [
      { upserts: [{ id: 'parcel-locker-en', title: 'Parcel lockers', body: 'Choose a parcel locker at checkout; the code comes by text message.', tags: ['locker'], language: 'en' as const }] },
      { upserts: [{ id: 'gift-wrap-en', title: 'Gift wrapping and cards', body: 'We gift-wrap any order for free, with a card if you like.', tags: ['gift'], language: 'en' as const }] },
      { upserts: [{ id: 'short-lived', title: 'Short-lived', body: 'Gone again.', tags: [], language: 'en' as const }] },
      { deletes: ['short-lived'] },
    ]) {
      expect('data' in (await lead.emitWithAck('kb:publish', { upserts: [], deletes: [], ...request }))).toBe(true);
    }
    expect(agentsConnected()).toBe(0);
    // A search from the panel wakes the worker, which reconnects and pulls what it missed.
    await panel.locator('[data-testid="kb-search"]').fill('parcel locker');
    const notice = panel.locator('[data-testid="kb-update-notice"]');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('Parcel lockers');
    await expect.poll(extensionCopy, { timeout: 10_000 }).toEqual(await hubCopy());
    expect(Object.keys(await extensionCopy()).sort()).toEqual(['gift-wrap-en', 'parcel-locker-en']);
    await notice.getByRole('button', { name: 'Got it' }).click();
    await panel.locator('[data-testid="kb-search"]').fill('');
  });

  it('sends a lead notification only when the agent asks, without the words unless chosen', async () => {
    await add('customer', `This is the third time I contact you about this. Also ${SECRET_WORDS} got my parcel.`);
    const banner = panel.locator('[data-testid="escalation"]');
    await expect.poll(() => banner.getAttribute('data-reason'), { timeout: 10_000 }).toBe('repeat');
    await panel.waitForTimeout(500);
    expect(feed).toHaveLength(0);
    await banner.getByRole('button', { name: 'Notify team lead' }).click();
    await expect.poll(() => feed.length, { timeout: 10_000 }).toBe(1);
    expect(feed[0]).toMatchObject({ reason: 'repeat', conversationRef: 'demo:c-1003', agent: 'Sam' });
    expect(feed[0]!.excerpt).toBeUndefined();
    await banner.getByRole('checkbox', { name: "Include the customer's words" }).check();
    await banner.getByRole('button', { name: 'Notify team lead' }).click();
    await expect.poll(() => feed.length, { timeout: 10_000 }).toBe(2);
    expect(feed[1]!.excerpt).toMatch(/third time/i);
  });

  it("reports the agent's verdicts per rule (numbers only), which the lead reads as team totals", async () => {
    // The first report went out on connect; the next comes at most a minute later.
    await expect
      .poll(
        async () => {
          const totals = await lead.emitWithAck('feedback:totals', {});
          return 'data' in totals ? totals.data.rules.find((r) => r.rule === 'repeat') : undefined;
        },
        { timeout: 75_000, interval: 1_000 },
      )
      .toMatchObject({ rule: 'repeat', notified: 2, dismissed: 0, agents: 1 });
    expect(sentByExtension.some((p) => p.includes('feedback:report'))).toBe(true);
  }, 90_000);

  it('sent nothing of the chat to the hub except the one excerpt the agent chose', () => {
    expect(sentByExtension.length).toBeGreaterThan(0);
    const carrying = sentByExtension.filter((p) => p.includes('third time') || p.includes('Piet') || p.includes('password'));
    expect(carrying).toHaveLength(1);
    expect(carrying[0]).toContain('escalation:notify');
    expect(sentByExtension.some((p) => p.includes('Lindelaan'))).toBe(false);
  });
});
