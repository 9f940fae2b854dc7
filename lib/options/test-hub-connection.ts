import { io } from 'socket.io-client';
import type { SocketFactory } from '../sync/client';

/** What trying the hub told us, before anything is saved. */
export type ConnectionTest = { outcome: 'connected' } | { outcome: 'refused'; reason: string } | { outcome: 'unreachable' };

export const CONNECTION_TIMEOUT_MS = 5_000;

/**
 * One connection attempt with the agent's token, then hang up. A hub that answers but says no
 * (token, origin) gives its reason; a failed transport or silence within the timeout reads as
 * unreachable. socket.io marks transport failures with `type: 'TransportError'`.
 */
export function testHubConnection(
  hubUrl: string,
  token: string,
  connect: SocketFactory = io as unknown as SocketFactory,
  timeoutMs = CONNECTION_TIMEOUT_MS,
): Promise<ConnectionTest> {
  return new Promise((resolve) => {
    const socket = connect(hubUrl, { auth: { token }, transports: ['websocket'], reconnection: false, timeout: timeoutMs, forceNew: true });
    const finish = (result: ConnectionTest) => {
      clearTimeout(timer);
      socket.off();
      socket.disconnect();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ outcome: 'unreachable' }), timeoutMs);
    socket.once('connect', () => finish({ outcome: 'connected' }));
    socket.once('connect_error', (error: Error & { type?: string }) => {
      const fromHub = error.type !== 'TransportError' && error.message !== 'timeout';
      finish(fromHub ? { outcome: 'refused', reason: error.message } : { outcome: 'unreachable' });
    });
  });
}
