import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import { type Fanout, type HubServer, teamRoom } from '../socket/hub-types';

export interface BroadcastOptions {
  /** Sockets in the first emit of a fan-out; the hub yields to its event loop between chunks. */
  firstChunkSize: number;
  /** How long one chunk's emit should hold the event loop; later chunks are sized to it. */
  chunkBudgetMs: number;
  /** How long to wait for clients' acks before counting the rest as missing; 0 asks for no acks. */
  ackTimeoutMs: number;
  /** True when other hub processes share the team's sockets (Redis adapter). */
  clustered: boolean;
  /** Called with how long each chunk's emit held the event loop and the process CPU time it took (benchmarks, monitoring). */
  onChunkEmit?: (blockedMs: number, cpuMs: number) => void;
}

/** Chunk sizes stay within these bounds, and grow at most twofold from one chunk to the next. */
export const CHUNK_LIMITS = { min: 10, max: 100, growth: 2 };

/**
 * Sizes the next chunk so that its emit holds the event loop for about `budgetMs`, from what
 * the last one cost per socket. A socket's write costs 20 µs on an idle machine and ten times
 * that while other processes share the cores, and more for a big batch, so no fixed size keeps
 * every chunk short.
 */
export function nextChunkSize(lastSize: number, lastMs: number, budgetMs: number): number {
  const perSocketMs = Math.max(lastMs, 0.01) / lastSize;
  const fitting = Math.floor(budgetMs / perSocketMs);
  return Math.max(CHUNK_LIMITS.min, Math.min(CHUNK_LIMITS.max, lastSize * CHUNK_LIMITS.growth, fitting));
}

/**
 * Sends a team's changes to every connected member, on every hub process. One emit to a room of
 * 10,000 sockets holds the event loop for several hundred milliseconds (socket.io writes to each
 * socket synchronously, even with the frame encoded once), so each process fans out to its own
 * sockets in chunks sized to a time budget and yields between them. Other processes get the
 * batch as one server-side event through the adapter and do the same. Agents ack each batch once applied, spread over a
 * second (`ACK_SPREAD_MS` in lib/sync/client.ts) so that the acks do not compete with the
 * fan-out; they feed the log, while completeness comes from `sync:pull`.
 */
export function createBroadcaster(io: HubServer, log: Logger, options: BroadcastOptions) {
  async function fanOutLocally(teamId: string, message: Fanout): Promise<void> {
    const room = io.of('/').adapter.rooms.get(teamRoom(teamId));
    if (!room) return;
    const socketIds = [...room];
    let acked = 0;
    let size = options.firstChunkSize;
    for (let sent = 0; sent < socketIds.length; ) {
      const chunk = io.local.to(socketIds.slice(sent, sent + size));
      const started = performance.now();
      const cpuAtStart = options.onChunkEmit && process.cpuUsage();
      if (options.ackTimeoutMs > 0) {
        const onAcks = (_timedOut: Error | null, acks: number[]) => {
          acked += acks.length;
        };
        const target = chunk.timeout(options.ackTimeoutMs);
        if (message.event === 'kb:changed') target.emit('kb:changed', message.batch, onAcks);
        else target.emit('settings:changed', message.batch, onAcks);
      } else {
        // Typed as requiring an ack; clients treat it as optional.
        (chunk.emit as (event: string, batch: unknown) => boolean)(message.event, message.batch);
      }
      const blockedMs = performance.now() - started;
      if (cpuAtStart) {
        const cpu = process.cpuUsage(cpuAtStart);
        options.onChunkEmit?.(blockedMs, (cpu.user + cpu.system) / 1000);
      }
      sent += size;
      if (sent >= socketIds.length) break;
      size = nextChunkSize(size, blockedMs, options.chunkBudgetMs);
      await nextTurn();
    }
    if (options.ackTimeoutMs > 0) {
      setTimeout(() => log.debug({ teamId, event: message.event, sockets: socketIds.length, acked }, 'broadcast acks'), options.ackTimeoutMs).unref();
    }
  }

  if (options.clustered) io.on('team:fanout', (teamId, message) => void fanOutLocally(teamId, message));

  return {
    async send(teamId: string, message: Fanout): Promise<void> {
      if (options.clustered) io.serverSideEmit('team:fanout', teamId, message);
      await fanOutLocally(teamId, message);
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
