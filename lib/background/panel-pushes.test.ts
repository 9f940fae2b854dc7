import { describe, expect, it } from 'vitest';
import type { BackgroundToPanel, PushEnvelope } from '../messaging/protocol';
import { type PushPort, panelPushes } from './panel-pushes';

const ID = 'tactid';
const ORIGIN = 'chrome-extension://tactid/';
const PANEL = `${ORIGIN}sidepanel.html`;
const push: BackgroundToPanel = { type: 'state:draft', conversationKey: 'demo:c-1', check: null };
const sent = (seq: number): PushEnvelope => ({ life: 'L', seq, push });
const hello = (seq: number): PushEnvelope => ({ life: 'L', seq, push: { type: 'state:hello' } });

function fakePort(sender: PushPort['sender']) {
  const onDisconnect: (() => void)[] = [];
  const port: PushPort & { received: PushEnvelope[]; disconnected: boolean; drop(): void } = {
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
});
