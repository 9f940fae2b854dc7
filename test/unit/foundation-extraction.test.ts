import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import demo from '../../lib/adapters/demo';
import { type ChatBatch, observeChat } from '../../lib/content/chat-observer';

// The content script's contract on Tact's own demo helpdesk markup: history once on attach,
// then only what changed, in order, with roles, never a rescan of the whole chat.

function page(conversationId = 'c-1', messages: Array<[string, string]> = []) {
  document.head.innerHTML = '<meta name="tact-demo-helpdesk" content="1">';
  document.body.innerHTML = `<ol data-demo-thread data-conversation-id="${conversationId}" data-customer-name="Anna"></ol>`;
  for (const [author, text] of messages) append(author, text);
}

let nextId = 1;
function append(author: string, text: string, id = `m-${nextId++}`) {
  const li = document.createElement('li');
  li.setAttribute('data-demo-message', '');
  li.setAttribute('data-message-id', id);
  li.setAttribute('data-author', author);
  const span = document.createElement('span');
  span.setAttribute('data-demo-text', '');
  span.textContent = text;
  li.append(span);
  document.querySelector('[data-demo-thread]')!.append(li);
  return li;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('chat observer on the demo helpdesk', () => {
  let batches: ChatBatch[];
  let attached: string[];
  let health: string[];
  let stop: () => void;
  const sink = {
    turns: (b: ChatBatch) => batches.push(b),
    attached: (id: string) => attached.push(id),
    health: (s: string) => health.push(s),
  };

  beforeEach(() => {
    batches = [];
    attached = [];
    health = [];
    nextId = 1;
  });
  afterEach(() => stop?.());

  it('reads the history on attach, marked as already there', () => {
    page('c-1', [
      ['system', 'Chat started'],
      ['customer', 'My parcel is late'],
      ['agent', 'Let me check'],
    ]);
    stop = observeChat(demo, document, sink, () => 1000);
    expect(attached).toEqual(['c-1']);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.customerName).toBe('Anna');
    expect(batches[0]!.turns.map((t) => [t.role, t.text, t.historical])).toEqual([
      ['system', 'Chat started', true],
      ['customer', 'My parcel is late', true],
      ['agent', 'Let me check', true],
    ]);
    expect(health).toEqual(['ok']);
  });

  it('sends live messages only, in order, without rescanning the chat', async () => {
    page('c-1', [['customer', 'Hello']]);
    stop = observeChat(demo, document, sink);
    const read = vi.spyOn(demo, 'readMessage');
    append('customer', 'Where is my order?');
    append('note', 'Internal: check carrier');
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
    const live = batches.slice(1).flatMap((b) => b.turns);
    expect(live.map((t) => [t.role, t.text, t.historical])).toEqual([
      ['customer', 'Where is my order?', false],
      ['note', 'Internal: check carrier', false],
    ]);
    read.mockRestore();
  });

  it('does not send a re-rendered message twice, and sends an edit under the same id', async () => {
    page('c-1', [['customer', 'Hello']]);
    stop = observeChat(demo, document, sink);
    const el = document.querySelector('[data-message-id="m-1"]')!;
    const copy = el.cloneNode(true);
    el.remove();
    document.querySelector('[data-demo-thread]')!.append(copy);
    await flush();
    expect(batches.flatMap((b) => b.turns)).toHaveLength(1);
    (copy as Element).querySelector('[data-demo-text]')!.textContent = 'Hello, edited';
    await flush();
    const turns = batches.flatMap((b) => b.turns);
    expect(turns.at(-1)).toMatchObject({ messageId: 'm-1', text: 'Hello, edited' });
  });

  it('follows a switch to another conversation', async () => {
    page('c-1', [['customer', 'First chat']]);
    stop = observeChat(demo, document, sink);
    const thread = document.querySelector('[data-demo-thread]')!;
    thread.setAttribute('data-conversation-id', 'c-2');
    thread.replaceChildren();
    append('customer', 'Second chat');
    await flush();
    await flush();
    expect(attached).toEqual(['c-1', 'c-2']);
    const last = batches.at(-1)!;
    expect(last.conversationId).toBe('c-2');
    expect(last.turns.map((t) => t.text)).toEqual(['Second chat']);
  });

  it('splits a burst of 500 messages into bounded batches and keeps them all', async () => {
    page('c-1');
    stop = observeChat(demo, document, sink);
    for (let i = 0; i < 500; i++) append('customer', `burst ${i}`);
    await flush();
    const turns = batches.flatMap((b) => b.turns);
    expect(turns).toHaveLength(500);
    expect(turns.at(-1)!.text).toBe('burst 499');
    expect(Math.max(...batches.map((b) => b.turns.length))).toBeLessThanOrEqual(250);
  });

  it('reports a page without a message list as broken', () => {
    document.head.innerHTML = '<meta name="tact-demo-helpdesk" content="1">';
    document.body.innerHTML = '<div>no thread here</div>';
    stop = observeChat(demo, document, sink);
    expect(health).toEqual(['broken']);
    expect(batches).toHaveLength(0);
  });
});
