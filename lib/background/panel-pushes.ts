import type { BackgroundToPanel, PushEnvelope } from '../messaging/protocol';
import { type SenderInfo, isExtensionPage } from '../messaging/sender';

/** The part of a runtime port the pushes use (a fake in unit tests). */
export interface PushPort {
  sender?: SenderInfo;
  postMessage(message: PushEnvelope): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Sends pushes to the open panels: on their ports when any is connected, otherwise as a
 * broadcast (see PANEL_PORT in lib/messaging/protocol.ts). Pushes are numbered per worker
 * life, so that a panel which missed one while it had no port can tell and reload.
 */
export function panelPushes(broadcast: (envelope: PushEnvelope) => void, extensionId: string, extensionOrigin: string, life: string = crypto.randomUUID()) {
  const ports = new Set<PushPort>();
  let seq = 0;
  const hello = (): PushEnvelope => ({ life, seq, push: { type: 'state:hello' } });
  return {
    /** Takes a panel's port (a panel opened as a tab too); refuses anything but this extension's own pages. */
    accept(port: PushPort): boolean {
      if (!isExtensionPage(port.sender ?? {}, extensionId, extensionOrigin)) {
        port.disconnect();
        return false;
      }
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
      port.postMessage(hello());
      return true;
    },
    push(push: BackgroundToPanel): void {
      seq += 1;
      const envelope: PushEnvelope = { life, seq, push };
      for (const port of ports) {
        try {
          port.postMessage(envelope);
        } catch {
          ports.delete(port); // closed without its disconnect event yet
        }
      }
      if (ports.size === 0) broadcast(envelope);
    },
    /** A worker that has just started says so, so that open panels reconnect. */
    hello(): void {
      broadcast(hello());
    },
  };
}
