import { describe, expect, it } from 'vitest';
import { backgroundLink, type LinkPort, MAX_UNACKED } from './background-link';
import type { ContentPortAck, ContentPortMessage, ContentToBackground } from '../messaging/protocol';

/** A port whose far end is scripted by the test: it records posts and can ack or close. */
class FakePort implements LinkPort {
  posted: ContentPortMessage[] = [];
  closed = false;
  /** Posts after this point vanish, as they do between a worker's stop and the disconnect event. */
  dropping = false;
  throwOnPost = false;
  private ackListeners: ((m: ContentPortAck) => void)[] = [];
  private closeListeners: (() => void)[] = [];
  onMessage = { addListener: (l: (m: ContentPortAck) => void) => void this.ackListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.closeListeners.push(l) };
  postMessage(message: ContentPortMessage) {
    if (this.throwOnPost) throw new Error('Attempting to use a disconnected port object');
    if (!this.dropping) this.posted.push(message);
  }
  disconnect() {
    this.closed = true;
  }
  ack(seq: number) {
    for (const l of this.ackListeners) l({ ack: seq });
  }
  ackAll() {
    for (const { seq } of this.posted) this.ack(seq);
  }
  workerStopped() {
    this.closed = true;
    for (const l of this.closeListeners) l();
  }
}

function setup() {
  const ports: FakePort[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const link = backgroundLink({
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
  });
  const runTimers = () => {
    for (const timer of timers.splice(0)) timer.run();
  };
  return { link, ports, timers, runTimers };
}

const focus = (id: string): ContentToBackground => ({ type: 'chat:focus', adapter: 'demo', conversationId: id });
const ids = (port: FakePort | undefined) => port?.posted.map((p) => (p.message as { conversationId: string }).conversationId);

describe('the content script’s link to the background', () => {
  it('opens one port on first use and numbers each message', () => {
    const { link, ports } = setup();
    expect(ports).toHaveLength(0);
    link.send(focus('a'));
    link.send(focus('b'));
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted.map((p) => p.seq)).toEqual([0, 1]);
    expect(link.pending()).toBe(2);
    ports[0]!.ackAll();
    expect(link.pending()).toBe(0);
  });

  it('sends again, in order, what a stopping worker never acknowledged', () => {
    const { link, ports } = setup();
    link.send(focus('a'));
    ports[0]!.ack(0);
    ports[0]!.dropping = true;
    link.send(focus('b'));
    link.send(focus('c'));
    ports[0]!.workerStopped();
    expect(ports).toHaveLength(2);
    expect(ids(ports[1])).toEqual(['b', 'c']);
    ports[1]!.ackAll();
    expect(link.pending()).toBe(0);
  });

  it('opens a new port for the next message after the worker stopped while idle', () => {
    const { link, ports } = setup();
    link.send(focus('a'));
    ports[0]!.ackAll();
    ports[0]!.workerStopped();
    expect(ports).toHaveLength(1);
    link.send(focus('b'));
    expect(ports).toHaveLength(2);
    expect(ids(ports[1])).toEqual(['b']);
  });

  it('backs off while the background refuses the port, keeping new messages in order behind the retry', () => {
    const { link, ports, timers, runTimers } = setup();
    link.send(focus('a'));
    ports[0]!.workerStopped();
    expect(ports).toHaveLength(1);
    expect(timers.map((t) => t.ms)).toEqual([200]);
    link.send(focus('b'));
    expect(ports).toHaveLength(1);
    runTimers();
    expect(ids(ports[1])).toEqual(['a', 'b']);
    ports[1]!.workerStopped();
    expect(timers.map((t) => t.ms)).toEqual([400]);
    runTimers();
    ports[2]!.ackAll();
    expect(link.pending()).toBe(0);
  });

  it('recovers when posting throws on a port that closed unannounced', () => {
    const { link, ports, runTimers } = setup();
    link.send(focus('a'));
    ports[0]!.ackAll();
    ports[0]!.throwOnPost = true;
    link.send(focus('b'));
    runTimers();
    expect(ids(ports[1])).toEqual(['b']);
  });

  it('keeps at most MAX_UNACKED messages for a background that never answers', () => {
    const { link } = setup();
    for (let i = 0; i < MAX_UNACKED + 10; i++) link.send(focus(`c${i}`));
    expect(link.pending()).toBe(MAX_UNACKED);
  });

  it('sends nothing and lets go of its port once closed', () => {
    const { link, ports } = setup();
    link.send(focus('a'));
    link.close();
    expect(ports[0]!.closed).toBe(true);
    link.send(focus('b'));
    expect(ports).toHaveLength(1);
    expect(link.pending()).toBe(0);
  });
});
