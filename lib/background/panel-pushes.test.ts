import { describe, expect, it } from 'vitest';
import type { BackgroundToPanel, PushEnvelope } from '../messaging/protocol';
import { type PushPort, panelPushes } from './panel-pushes';

const ID = 'tactid';
const ORIGIN = 'chrome-extension://tactid/';
const PANEL = `${ORIGIN}sidepanel.html`;
const push: BackgroundToPanel = { type: 'state:draft', conversationKey: 'demo:c-1', check: null };
const sent = (seq: number): PushEnvelope => ({ life: 'L', seq, push });
const hello = (seq: number): PushEnvelope => ({ life: 'L', seq, push: { type: 'state:hello' } });

let nextPanel = 0;
function fakePort(sender: PushPort['sender'], name = `tact-panel:panel-${nextPanel++}`) {
  const onDisconnect: (() => void)[] = [];
  const port: PushPort & { received: PushEnvelope[]; disconnected: boolean; drop(): void } = {
    name,
    sender,
    received: [],
    disconnected: false,
    postMessage(message) {
      port.received.push(message);
    },
    disconnect() {
      port.disconnected = true;
    },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
    drop: () => onDisconnect.forEach((listener) => listener()),
  };
  return port;
}

function fakeChannel() {
  const channel = {
    received: [] as PushEnvelope[],
    closed: false,
    postMessage(message: PushEnvelope) {
      channel.received.push(message);
    },
    close() {
      channel.closed = true;
    },
  };
  return channel;
}
const offer = (panel: string) => ({ type: 'panel:push-channel', panel });

describe('panel pushes', () => {
  const setup = () => {
    const broadcasts: PushEnvelope[] = [];
    return { broadcasts, pushes: panelPushes((m) => broadcasts.push(m), ID, ORIGIN, 'L') };
  };

  it('broadcasts while no panel holds a port, numbered, after a hello that counts none', () => {
    const { broadcasts, pushes } = setup();
    pushes.hello();
    pushes.push(push);
    pushes.push(push);
    expect(broadcasts).toEqual([hello(0), sent(1), sent(2)]);
  });

  it("greets each panel's port with the count so far, then sends there, and broadcasts again when all close", () => {
    const { broadcasts, pushes } = setup();
    pushes.push(push);
    const a = fakePort({ id: ID, url: PANEL });
    const b = fakePort({ id: ID, url: PANEL, tab: { id: 4 } }); // a panel opened as a tab
    expect(pushes.accept(a)).toBe(true);
    expect(pushes.accept(b)).toBe(true);
    pushes.push(push);
    expect([a.received, b.received, broadcasts]).toEqual([[hello(1), sent(2)], [hello(1), sent(2)], [sent(1)]]);
    a.drop();
    b.drop();
    pushes.push(push);
    expect(broadcasts).toEqual([sent(1), sent(3)]);
  });

  it('drops a port that throws and falls back to a broadcast when none is left', () => {
    const { broadcasts, pushes } = setup();
    const closing = fakePort({ id: ID, url: PANEL });
    pushes.accept(closing);
    closing.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    pushes.push(push);
    expect(broadcasts).toEqual([sent(1)]);
  });

  it('refuses ports from pages and other extensions', () => {
    const { broadcasts, pushes } = setup();
    const refused = [
      fakePort({ id: ID, url: 'https://helpdesk.example/chat', tab: { id: 3 } }),
      fakePort({ id: 'other', url: 'chrome-extension://other/page.html' }),
      fakePort({ id: ID, url: 'chrome-extension://other/sidepanel.html' }),
      fakePort(undefined),
    ];
    for (const port of refused) expect(pushes.accept(port)).toBe(false);
    expect(refused.every((port) => port.disconnected && port.received.length === 0)).toBe(true);
    pushes.push(push);
    expect(broadcasts).toEqual([sent(1)]);
  });

  it("sends on a panel's push channel once it has one, whether the channel or the port came first, and closes it with the port", () => {
    const { broadcasts, pushes } = setup();
    const a = fakePort({ id: ID, url: PANEL }, 'tact-panel:a');
    const aChannel = fakeChannel();
    expect(pushes.accept(a)).toBe(true);
    expect(pushes.offerChannel(offer('a'), PANEL, aChannel)).toBe(true);
    const bChannel = fakeChannel();
    expect(pushes.offerChannel(offer('b'), PANEL, bChannel)).toBe(true);
    const b = fakePort({ id: ID, url: PANEL }, 'tact-panel:b');
    pushes.accept(b);
    pushes.push(push);
    expect(a.received).toEqual([hello(0)]);
    expect(aChannel.received).toEqual([sent(1)]);
    expect(b.received).toEqual([]);
    expect(bChannel.received).toEqual([hello(0), sent(1)]);
    a.drop();
    expect(aChannel.closed).toBe(true);
    pushes.push(push);
    expect(aChannel.received).toEqual([sent(1)]);
    expect(bChannel.received.at(-1)).toEqual(sent(2));
    expect(broadcasts).toEqual([]);
  });

  it('refuses a push channel offered by anything but its own pages, or without a panel id', () => {
    const { pushes } = setup();
    const port = fakePort({ id: ID, url: PANEL }, 'tact-panel:p');
    pushes.accept(port);
    const foreign = fakeChannel();
    expect(pushes.offerChannel(offer('p'), 'https://helpdesk.example/', foreign)).toBe(false);
    expect(foreign.closed).toBe(true);
    expect(pushes.offerChannel(offer(''), PANEL, fakeChannel())).toBe(false);
    expect(pushes.offerChannel({ type: 'something-else', panel: 'p' }, PANEL, fakeChannel())).toBe(false);
    expect(pushes.offerChannel(offer('p'.repeat(600)), PANEL, fakeChannel())).toBe(false);
    expect(pushes.offerChannel(offer('p'), PANEL, undefined)).toBe(false);
    pushes.push(push);
    expect(port.received).toEqual([hello(0), sent(1)]);
  });

  it('keeps only a few channels whose port has not come, closing the oldest', () => {
    const { pushes } = setup();
    const channels = Array.from({ length: 10 }, () => fakeChannel());
    channels.forEach((channel, i) => pushes.offerChannel(offer(`early-${i}`), PANEL, channel));
    expect(channels.map((c) => c.closed)).toEqual([true, true, false, false, false, false, false, false, false, false]);
  });

  it('refuses ports whose name is not a panel port', () => {
    const { pushes } = setup();
    const port = fakePort({ id: ID, url: PANEL }, 'tact-content');
    expect(pushes.accept(port)).toBe(false);
    expect(port.disconnected).toBe(true);
  });
});
