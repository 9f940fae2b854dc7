import { afterEach, describe, expect, it, vi } from 'vitest';
import rocketChat from '../adapters/rocket-chat';
import zammad from '../adapters/zammad';
import zendesk from '../adapters/zendesk';
import type { ChatTurn } from '../messaging/protocol';
import { type ChatBatch, observeChat } from './chat-observer';

// The extraction rules on helpdesk markup: author and time inherited by grouped messages,
// no duplicates when a list is re-rendered, notes kept apart, hidden tickets ignored.

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const NOW = Date.parse('2026-03-04T12:00:00Z');
let stop: (() => void) | undefined;
afterEach(() => stop?.());

function watch(adapter: Parameters<typeof observeChat>[0]) {
  const batches: ChatBatch[] = [];
  const health: Array<[string, string[]]> = [];
  stop = observeChat(adapter, document, { turns: (b) => batches.push(b), attached: () => {}, health: (s, m) => health.push([s, m]) }, { now: () => NOW, healthDelayMs: 60_000 });
  const turns = (): ChatTurn[] => batches.flatMap((b) => b.turns);
  return { batches, turns, health };
}

const rcItem = (id: string, body: string, header?: { own: boolean; title: string }) =>
  `<li role="listitem" data-qa-type="message" data-id="${id}" ${header ? `data-own="${header.own}" data-username="u"` : ''} class="rcx-message">${header ? `<div class="rcx-message-header"><span class="rcx-message-header__time" title="${header.title}">t</span></div>` : ''}<div data-qa-type="message-body">${body}</div></li>`;

describe('inheritance of author and time', () => {
  it('gives sequential Rocket.Chat messages the author and time of the message they follow', () => {
    history.replaceState(null, '', '/live/room1');
    document.body.innerHTML = `<ul class="messages-list">${rcItem('a', 'Hi', { own: false, title: '2026-03-04T09:00:00Z' })}${rcItem('b', 'Card 4242')}${rcItem('c', 'On it', { own: true, title: '2026-03-04T09:05:00Z' })}${rcItem('d', 'Checking')}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { turns } = watch(rocketChat);
    expect(turns().map((t) => [t.messageId, t.role, new Date(t.time).toISOString()])).toEqual([
      ['a', 'customer', '2026-03-04T09:00:00.000Z'],
      ['b', 'customer', '2026-03-04T09:00:00.000Z'],
      ['c', 'agent', '2026-03-04T09:05:00.000Z'],
      ['d', 'agent', '2026-03-04T09:05:00.000Z'],
    ]);
  });

  it('stamps a live message without its own time when it arrives, not with the previous time', async () => {
    history.replaceState(null, '', '/live/room1');
    document.body.innerHTML = `<ul class="messages-list">${rcItem('a', 'Hi', { own: false, title: '2026-03-04T09:00:00Z' })}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { turns } = watch(rocketChat);
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', rcItem('b', 'Still there?'));
    await flush();
    expect(turns().at(-1)).toMatchObject({ messageId: 'b', role: 'customer', time: NOW, historical: false });
  });

  it('dates Zammad messages from the timestamp row before them and inherits it after', () => {
    document.body.innerHTML = `<div class="chat-window" data-session-id="s1"><div class="chat-body js-body"><div class="chat-timestamp">today 09:41</div><div class="chat-message chat-message--customer">Hello</div><div class="chat-message chat-message--customer">Anyone?</div><div class="chat-message chat-message--agent">Yes</div></div><div class="chat-body js-meta"><div class="chat-message chat-message--customer">meta</div></div><div class="js-customerChatInput" contenteditable="true"></div></div>`;
    const { turns } = watch(zammad);
    const times = turns().map((t) => new Date(t.time));
    expect(turns().map((t) => t.text)).toEqual(['Hello', 'Anyone?', 'Yes']);
    expect(times.map((d) => `${d.getHours()}:${d.getMinutes()}`)).toEqual(['9:41', '9:41', '9:41']);
  });
});

describe('re-rendered lists', () => {
  const zammadPage = (lines: string[]) =>
    `<div class="chat-window" data-session-id="s1"><div class="chat-body js-body">${lines.map((l) => `<div class="chat-message chat-message--customer">${l}</div>`).join('')}</div><div class="js-customerChatInput" contenteditable="true"></div></div>`;

  it('sends nothing again when every element of an id-less list is re-created', async () => {
    document.body.innerHTML = zammadPage(['ok', 'Where is my order?', 'ok']);
    const { turns } = watch(zammad);
    expect(turns()).toHaveLength(3);
    const body = document.querySelector('.js-body')!;
    body.innerHTML = zammadPage(['ok', 'Where is my order?', 'ok']).match(/<div class="chat-body js-body">(.*?)<\/div><div class="js-cust/)![1]!;
    await flush();
    expect(turns()).toHaveLength(3);
  });

  it('still sends a genuinely repeated text as a new message', async () => {
    document.body.innerHTML = zammadPage(['ok']);
    const { turns } = watch(zammad);
    document.querySelector('.js-body')!.insertAdjacentHTML('beforeend', '<div class="chat-message chat-message--customer">ok</div>');
    await flush();
    expect(turns().map((t) => t.text)).toEqual(['ok', 'ok']);
    expect(new Set(turns().map((t) => t.messageId)).size).toBe(2);
  });

  it('sends a message the helpdesk marks deleted under its id, without its text', async () => {
    history.replaceState(null, '', '/live/room1');
    document.body.innerHTML = `<ul class="messages-list">${rcItem('a', 'my card is 4242', { own: false, title: '2026-03-04T09:00:00Z' })}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { turns } = watch(rocketChat);
    document.querySelector('[data-id="a"]')!.classList.add('rcx-message--deleted');
    document.querySelector('[data-id="a"] [data-qa-type="message-body"]')!.textContent = 'Message removed';
    await flush();
    expect(turns().at(-1)).toMatchObject({ messageId: 'a', text: '', deleted: true });
  });
});

describe('long histories', () => {
  it('reads 600 history messages in slices, and a message arriving meanwhile after them', async () => {
    history.replaceState(null, '', '/live/room1');
    const items = Array.from({ length: 600 }, (_, i) => rcItem(`h${i}`, `history ${i}`, { own: i % 2 === 0, title: '2026-03-04T09:00:00Z' })).join('');
    document.body.innerHTML = `<ul class="messages-list">${items}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { batches, turns } = watch(rocketChat);
    // The first slice is read now; the history is handed over once the whole scan is done.
    expect(turns()).toHaveLength(0);
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', rcItem('live', 'live one', { own: false, title: '2026-03-04T10:00:00Z' }));
    await vi.waitFor(() => expect(turns()).toHaveLength(601), { timeout: 5000 });
    expect(turns().at(-1)).toMatchObject({ messageId: 'live', historical: false });
    expect(turns().slice(0, 600).every((t) => t.historical)).toBe(true);
    expect(Math.max(...batches.map((b) => b.turns.length))).toBeLessThanOrEqual(250);
  });

  it('loses nothing when the list is re-rendered while its history is being read', async () => {
    history.replaceState(null, '', '/live/room1');
    const items = Array.from({ length: 600 }, (_, i) => rcItem(`h${i}`, `history ${i}`, { own: i % 2 === 0, title: '2026-03-04T09:00:00Z' })).join('');
    document.body.innerHTML = `<ul class="messages-list">${items}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { turns } = watch(rocketChat);
    // Same conversation, fresh elements, after the first slice was read but before it was sent.
    document.querySelector('ul')!.outerHTML = `<ul class="messages-list">${items}</ul>`;
    await vi.waitFor(() => expect(turns()).toHaveLength(600), { timeout: 5000 });
    await flush();
    expect(new Set(turns().map((t) => t.messageId)).size).toBe(600);
  });

  it('hands the history read so far to its own conversation when the agent switches mid-scan', async () => {
    history.replaceState(null, '', '/live/room1');
    const items = (prefix: string) => Array.from({ length: 600 }, (_, i) => rcItem(`${prefix}${i}`, `${prefix} ${i}`, { own: false, title: '2026-03-04T09:00:00Z' })).join('');
    document.body.innerHTML = `<ul class="messages-list">${items('a')}</ul><footer class="rc-message-box"><textarea name="msg"></textarea></footer>`;
    const { batches, turns } = watch(rocketChat);
    history.replaceState(null, '', '/live/room2');
    document.querySelector('ul')!.outerHTML = `<ul class="messages-list">${items('b')}</ul>`;
    await vi.waitFor(() => expect(turns().filter((t) => t.messageId.startsWith('b'))).toHaveLength(600), { timeout: 5000 });
    const room1 = batches.filter((b) => b.conversationId === 'room1').flatMap((b) => b.turns.map((t) => t.messageId));
    const room2 = batches.filter((b) => b.conversationId === 'room2').flatMap((b) => b.turns.map((t) => t.messageId));
    expect(room1.length).toBeGreaterThan(0);
    expect(room1.every((id) => id.startsWith('a'))).toBe(true);
    expect(room2.every((id) => id.startsWith('b'))).toBe(true);
  });
});

describe('several tickets in the DOM', () => {
  const ticket = (id: string, hidden: boolean, text: string, type = 'end-user') =>
    `<section data-ticket-id="${id}" ${hidden ? 'hidden' : ''}><div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content">${text}</div><time data-test-id="timestamp-1" datetime="2026-03-04T10:00:00Z"></time></div></article></div><div data-test-id="omnicomposer-plain-text-ckeditor"></div></section>`;

  it('reads only the ticket in front, and follows a tab switch', async () => {
    document.body.innerHTML = ticket('1', true, 'background ticket') + ticket('2', false, 'front ticket');
    const { batches } = watch(zendesk);
    expect(batches.map((b) => [b.conversationId, b.turns.map((t) => t.text)])).toEqual([['2', ['front ticket']]]);
    document.querySelector('[data-ticket-id="2"]')!.setAttribute('hidden', '');
    document.querySelector('[data-ticket-id="1"]')!.removeAttribute('hidden');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(batches.at(-1)).toMatchObject({ conversationId: '1', turns: [{ text: 'background ticket', role: 'customer' }] });
  });

  it('keeps internal notes as notes, never as customer words', () => {
    document.body.innerHTML = ticket('1', false, 'Refund approved by lead', 'internal-note');
    const { turns } = watch(zendesk);
    expect(turns()[0]).toMatchObject({ role: 'note', text: 'Refund approved by lead', time: Date.parse('2026-03-04T10:00:00Z') });
  });
});

describe('health', () => {
  it('names what is missing when the reply box is gone', async () => {
    document.body.innerHTML = `<div class="chat-window" data-session-id="s1"><div class="chat-body js-body"><div class="chat-message chat-message--customer">Hi</div></div></div>`;
    const batches: ChatBatch[] = [];
    const health: Array<[string, string[]]> = [];
    stop = observeChat(zammad, document, { turns: (b) => batches.push(b), attached: () => {}, health: (s, m) => health.push([s, m]) }, { healthDelayMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(health).toEqual([
      ['ok', []],
      ['broken', ['reply box (.js-customerChatInput)']],
    ]);
  });
});
