import model from 'wink-eng-lite-web-model';
import { localAnalysis } from '../../lib/background/analysis-engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationService } from '../../lib/background/conversation-service';
import { ConversationDb } from '../../lib/background/db';
import type { ChatTurn, ChatTurnsMessage } from '../../lib/messaging/protocol';
import { createAnalyzer } from '../../lib/nlp/analyzer';

const analysis = localAnalysis(() => createAnalyzer(model));
let db: ConversationDb;
let dbName: string;
let n = 0;

const turn = (messageId: string, role: ChatTurn['role'], text: string, time = 1_000): ChatTurn => ({ messageId, role, text, time, historical: false });
const batch = (turns: ChatTurn[], conversationId = 'c-1'): ChatTurnsMessage => ({ type: 'chat:turns', adapter: 'demo', conversationId, customerName: 'Anna', turns });

beforeEach(() => {
  dbName = `test-${n++}`;
  db = new ConversationDb(dbName);
});
afterEach(async () => {
  db.close();
});

describe('conversation service (background state)', () => {
  it('scores customer messages only, keeps page order, and skips repeats', async () => {
    const service = new ConversationService(db, analysis);
    await service.ingest(batch([turn('1', 'customer', 'This is terrible, I am very angry'), turn('2', 'agent', 'Sorry to hear that')]), 7);
    await service.ingest(batch([turn('2', 'agent', 'Sorry to hear that'), turn('3', 'customer', 'Thanks, great help!')]), 7);
    const view = (await service.view('demo:c-1'))!;
    expect(view.messages.map((m) => m.messageId)).toEqual(['1', '2', '3']);
    expect(view.messages[0]!.sentiment).toBeLessThan(0);
    expect(view.messages[1]!.sentiment).toBeUndefined();
    expect(view.messages[2]!.sentiment).toBeGreaterThan(0);
    expect(view.mood).toHaveLength(2);
    expect(view.turnaround).toBeGreaterThan(0);
    expect(view.tabId).toBe(7);
    expect(view.customerName).toBe('Anna');
  });

  it('keeps an edited message in its place with its new analysis', async () => {
    const service = new ConversationService(db, analysis);
    await service.ingest(batch([turn('1', 'customer', 'Great, thanks'), turn('2', 'agent', 'You are welcome')]), 1);
    await service.ingest(batch([turn('1', 'customer', 'Actually this is awful')]), 1);
    const view = (await service.view('demo:c-1'))!;
    expect(view.messages.map((m) => m.text)).toEqual(['Actually this is awful', 'You are welcome']);
    expect(view.messages[0]!.sentiment).toBeLessThan(0);
  });

  it('shows a focused chat with no messages yet as an empty conversation, and waits for queued ingest', async () => {
    const service = new ConversationService(db, analysis);
    const empty = await service.view('demo:c-5');
    expect(empty).toMatchObject({ key: 'demo:c-5', adapter: 'demo', conversationId: 'c-5', messages: [] });
    void service.ingest(batch([turn('1', 'customer', 'Hello there')], 'c-6'), 1);
    expect((await service.view('demo:c-6')).messages.map((m) => m.text)).toEqual(['Hello there']);
  });

  it('survives a worker restart: a new service on the same database sees everything', async () => {
    const first = new ConversationService(db, analysis);
    await first.ingest(batch([turn('1', 'customer', 'Hello'), turn('2', 'agent', 'Hi')]), 3);
    const restarted = new ConversationService(new ConversationDb(dbName), analysis);
    await restarted.ingest(batch([turn('2', 'agent', 'Hi'), turn('3', 'customer', 'Bad service')]), 3);
    const view = (await restarted.view('demo:c-1'))!;
    expect(view.messages.map((m) => m.messageId)).toEqual(['1', '2', '3']);
    expect(await restarted.conversationForTab(3)).toBe('demo:c-1');
  });

  it('forgets one chat, all chats, and chats past the retention window', async () => {
    let now = 10 * 86_400_000;
    const service = new ConversationService(db, analysis, () => now);
    await service.ingest(batch([turn('1', 'customer', 'one', now)], 'c-1'), 1);
    await service.ingest(batch([turn('1', 'customer', 'two', now)], 'c-2'), 2);
    await service.forget('demo:c-1');
    expect((await service.view('demo:c-1')).messages).toEqual([]);
    expect((await service.view('demo:c-2')).messages).toHaveLength(1);
    now += 8 * 86_400_000;
    await service.ingest(batch([turn('1', 'customer', 'three', now)], 'c-3'), 3);
    await service.purgeOlderThan(now - 7 * 86_400_000);
    expect((await service.view('demo:c-2')).messages).toEqual([]);
    expect((await service.view('demo:c-3')).messages).toHaveLength(1);
    await service.forgetAll();
    expect(await db.messages.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
  });
});
