import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { SettingsChange, SnippetChange } from '../../lib/sync/protocol';
import { type HubServer, shardRoom } from '../socket/hub-types';

export interface BroadcastOptions {
  /** Shard rooms per team; each emit reaches about 1/shards of the team's sockets. */
  shards: number;
  /** How long to wait for clients' acks before counting the rest as missing. */
  ackTimeoutMs: number;
}

export type Broadcast =
  | { event: 'kb:changed'; batch: { changes: SnippetChange[]; latest: number } }
  | { event: 'settings:changed'; batch: { changes: SettingsChange[]; latest: number } };

/**
 * Sends a team's changes shard by shard, yielding to the event loop between shards: one emit
 * to 10,000 sockets otherwise holds the loop for a few hundred milliseconds. Every hub process
 * (through the Redis adapter) handles each shard's message separately, so remote processes are
 * chunked the same way. Acks only feed the log: completeness comes from `sync:pull`.
 */
export function createBroadcaster(io: HubServer, log: Logger, options: BroadcastOptions) {
  let nextShard = 0;
  return {
    /** The shard room a newly connected socket joins (round-robin within this process). */
    assignShard(teamId: string): string {
      nextShard = (nextShard + 1) % options.shards;
      return shardRoom(teamId, nextShard);
    },

    async send(teamId: string, message: Broadcast): Promise<void> {
      let acked = 0;
      let missing = 0;
      const pending: Promise<void>[] = [];
      for (let shard = 0; shard < options.shards; shard++) {
        const target = io.to(shardRoom(teamId, shard)).timeout(options.ackTimeoutMs);
        pending.push(
          new Promise((resolve) => {
            const onAcks = (error: Error | null, acks: number[]) => {
              acked += acks.length;
              if (error) missing += 1;
              resolve();
            };
            if (message.event === 'kb:changed') target.emit('kb:changed', message.batch, onAcks);
            else target.emit('settings:changed', message.batch, onAcks);
          }),
        );
        if (shard < options.shards - 1) await nextTurn();
      }
      void Promise.all(pending).then(() =>
        log.debug({ teamId, event: message.event, latest: message.batch.latest, acked, shardsTimedOut: missing }, 'broadcast acked'),
      );
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
