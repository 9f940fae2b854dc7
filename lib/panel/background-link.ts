import { flushSync } from 'react-dom';
import { type BackgroundToPanel, PUSH_TYPES, type PanelPushChannel, type PanelReply, type PanelToBackground, type PushEnvelope, panelPortName } from '../messaging/protocol';
import { type SenderInfo, isExtensionPage } from '../messaging/sender';
import { pushSequence } from './push-sequence';
import { type ConversationPush, useConversationStore } from './conversation-store';
import { useHubStore } from './hub-store';
import { useQueueStore } from './queue-store';

/** Asks the background for a command or state; throws its error text when it refuses. */
export async function ask(message: PanelToBackground): Promise<PanelReply & { ok: true }> {
  const reply = (await browser.runtime.sendMessage(message)) as PanelReply | undefined;
  if (!reply) throw new Error('Tact’s background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

/**
 * In the test build, each push's main-thread cost (render, commit and the layout it causes) is
 * kept for `bench/panel.ts`; production builds skip the measuring.
 */
const measured = (update: () => void): void => {
  if (import.meta.env.MODE !== 'test') {
    update();
    return;
  }
  const started = performance.now();
  update();
  void document.body.offsetHeight;
  const holder = globalThis as { __tactUpdateTimes?: number[] };
  holder.__tactUpdateTimes ??= [];
  holder.__tactUpdateTimes.push(performance.now() - started);
  if (holder.__tactUpdateTimes.length > 10_000) holder.__tactUpdateTimes.splice(0, 5_000);
};

/**
 * Chrome: hands the service worker one end of a channel for its pushes (see PANEL_PORT). Only
 * that worker holds the other end, so what arrives on it is the worker's. Undefined where the
 * background is not a service worker controlling this page (Firefox), so pushes stay on the port.
 */
function openPushChannel(id: string, onPush: (raw: unknown) => void): MessagePort | undefined {
  const worker = globalThis.navigator?.serviceWorker?.controller;
  if (!worker) return undefined;
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = ({ data }: MessageEvent<unknown>) => onPush(data);
  worker.postMessage({ type: 'panel:push-channel', panel: id } satisfies PanelPushChannel, [port2]);
  return port1;
}

/** Counts pushes, so a state snapshot requested before a push can't overwrite what it said. */
let pushes = 0;

export function applyPush(push: BackgroundToPanel): void {
  pushes++;
  if (push.type === 'state:queue') useQueueStore.getState().setItems(push.items, push.wait);
  else if (push.type === 'state:hub') useHubStore.getState().setHub(push.hub);
  else if (push.type === 'state:kb-update') useHubStore.getState().setKbUpdate(push.notice);
  else useConversationStore.getState().apply(push as ConversationPush);
}

/** Feeds the panel's stores: the current state once, then every push from the background. */
export function linkToBackground(): () => void {
  const origin = browser.runtime.getURL('/');
  /** True from asking for a snapshot until one is applied. */
  let loading = false;
  const load = () => {
    loading = true;
    const pushesBefore = pushes;
    ask({ type: 'panel:state' })
      .then((reply) => {
        // A push that arrived meanwhile is newer than this snapshot: ask again rather than go back.
        if (pushes !== pushesBefore) return load();
        loading = false;
        if (!reply.state) return;
        useConversationStore.getState().reset(reply.state);
        useQueueStore.getState().setItems(reply.state.queue, reply.state.wait);
        useHubStore.getState().setHub(reply.state.hub);
        useHubStore.getState().setKbUpdate(reply.state.kbUpdate);
      })
      .catch(() => setTimeout(load, 500));
  };
  const sequence = pushSequence();
  /** Applies a push; false when it is not one (then nothing happened). */
  const receive = (raw: unknown): boolean => {
    const envelope = raw as Partial<PushEnvelope> | null;
    const push = envelope?.push;
    if (typeof envelope?.life !== 'string' || typeof envelope.seq !== 'number' || !push || !PUSH_TYPES.has(push.type)) return false;
    const missed = sequence.missedBefore(envelope as PushEnvelope);
    // Render the push now rather than at React's next scheduled slot: new messages are what
    // the agent is waiting for, and the panel's latency budget is a few milliseconds.
    if (push.type !== 'state:hello') measured(() => flushSync(() => applyPush(push)));
    // A snapshot already on its way covers what was missed: pushes sent before it was asked for
    // are in it, and one that arrives meanwhile makes it ask again (above). So a panel that has
    // just opened, and hears from the worker how many pushes it sent before, loads once.
    if (missed && !loading) load();
    return true;
  };
  // Pushes arrive on a port to the running worker (see PANEL_PORT), and in Chrome on a push
  // channel beside it. When the worker stops, the port closes and stays closed until a worker
  // broadcasts: connecting at once would wake it.
  let link: { port: Browser.runtime.Port; channel?: MessagePort } | undefined;
  const connect = () => {
    if (link) return;
    const id = crypto.randomUUID();
    const opened = { port: browser.runtime.connect({ name: panelPortName(id) }), channel: openPushChannel(id, receive) };
    link = opened;
    opened.port.onMessage.addListener((raw) => void receive(raw));
    opened.port.onDisconnect.addListener(() => {
      opened.channel?.close();
      if (link === opened) link = undefined;
    });
  };
  const onBroadcast = (raw: unknown, sender: SenderInfo) => {
    // Content scripts' messages reach extension pages too: only the background's pushes count.
    if (sender.tab || !isExtensionPage(sender, browser.runtime.id, origin)) return;
    if (receive(raw)) connect(); // a worker is running that has no port from this panel
  };
  browser.runtime.onMessage.addListener(onBroadcast);
  load();
  connect();
  return () => {
    browser.runtime.onMessage.removeListener(onBroadcast);
    link?.port.disconnect();
    link?.channel?.close();
  };
}
