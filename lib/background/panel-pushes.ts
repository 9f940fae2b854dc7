import { type BackgroundToPanel, type PushEnvelope, panelIdOf } from '../messaging/protocol';
import { parsePushChannelRequest } from '../messaging/validate';
import { type SenderInfo, isExtensionPage } from '../messaging/sender';

/** The part of a runtime port the pushes use (a fake in unit tests). */
export interface PushPort {
  name: string;
  sender?: SenderInfo;
  postMessage(message: PushEnvelope): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

/** The worker's end of a panel's push channel (a MessagePort; a fake in unit tests). */
export interface PushChannel {
  postMessage(message: PushEnvelope): void;
  close(): void;
}

interface Panel {
  port: PushPort;
  channel?: PushChannel;
}

/** Channels that came before their panel's port; a few at most, as panels connect one at a time. */
const EARLY_CHANNELS = 8;

/**
 * Sends pushes to the open panels: to each on its push channel once it has one, else on its
 * port; with no panel connected, as a broadcast (see PANEL_PORT in lib/messaging/protocol.ts).
 * Pushes are numbered per worker life, so that a panel which missed one while it had no port
 * can tell and reload.
 */
export function panelPushes(broadcast: (envelope: PushEnvelope) => void, extensionId: string, extensionOrigin: string, life: string = crypto.randomUUID()) {
  const panels = new Map<string, Panel>();
  const early = new Map<string, PushChannel>();
  let seq = 0;
  const hello = (): PushEnvelope => ({ life, seq, push: { type: 'state:hello' } });
  const send = (id: string, panel: Panel, envelope: PushEnvelope) => {
    try {
      (panel.channel ?? panel.port).postMessage(envelope);
    } catch {
      panels.delete(id); // closed without its disconnect event yet
    }
  };
  const adoptChannel = (id: string, channel: PushChannel) => {
    const panel = panels.get(id);
    if (panel) {
      panel.channel?.close();
      panel.channel = channel;
      return;
    }
    early.get(id)?.close();
    early.set(id, channel);
    for (const [oldest, stale] of early) {
      if (early.size <= EARLY_CHANNELS) break;
      stale.close();
      early.delete(oldest);
    }
  };
  return {
    /** Takes a panel's port (a panel opened as a tab too); refuses anything but this extension's own pages. */
    accept(port: PushPort): boolean {
      const id = panelIdOf(port.name);
      if (id === undefined || !isExtensionPage(port.sender ?? {}, extensionId, extensionOrigin)) {
        port.disconnect();
        return false;
      }
      const panel: Panel = { port, channel: early.get(id) };
      early.delete(id);
      panels.set(id, panel);
      port.onDisconnect.addListener(() => {
        panel.channel?.close();
        if (panels.get(id) === panel) panels.delete(id);
      });
      send(id, panel, hello());
      return true;
    },
    /**
     * A service-worker message that may hand over a panel's push channel. It reaches the worker
     * on its own path, before or after the panel's port. Only this extension's own pages can be
     * clients of its worker; the check says so all the same. True when the channel was taken.
     */
    offerChannel(message: unknown, sourceUrl: string | undefined, channel: PushChannel | undefined): boolean {
      const request = parsePushChannelRequest(message);
      if (!request || !channel) return false;
      if (!isExtensionPage({ id: extensionId, url: sourceUrl }, extensionId, extensionOrigin)) {
        channel.close();
        return false;
      }
      adoptChannel(request.panel, channel);
      return true;
    },
    push(push: BackgroundToPanel): void {
      seq += 1;
      const envelope: PushEnvelope = { life, seq, push };
      for (const [id, panel] of panels) send(id, panel, envelope);
      if (panels.size === 0) broadcast(envelope);
    },
    /** A worker that has just started says so, so that open panels reconnect. */
    hello(): void {
      broadcast(hello());
    },
  };
}
