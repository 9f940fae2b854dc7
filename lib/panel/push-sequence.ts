import type { PushEnvelope } from '../messaging/protocol';

/**
 * Follows the numbering of the service worker's pushes (see PANEL_PORT in
 * lib/messaging/protocol.ts) and tells when the panel has missed one, so that it reloads the
 * whole state instead of showing a chat with a hole in it. A worker's new life starts at zero.
 */
export function pushSequence() {
  let life: string | undefined;
  let seen = 0;
  return {
    /** True when pushes were missed before this one (including any out-of-order arrival). */
    missedBefore(envelope: PushEnvelope): boolean {
      const before = envelope.life === life ? seen : 0;
      const expected = envelope.push.type === 'state:hello' ? before : before + 1;
      life = envelope.life;
      seen = envelope.seq;
      return envelope.seq !== expected;
    },
  };
}
