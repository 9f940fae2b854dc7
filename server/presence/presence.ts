import { randomUUID } from 'node:crypto';
import type { PresenceCount } from '../../lib/sync/protocol';
import { type HubServer, leadsRoom } from '../socket/hub-types';

const REPORT_DEBOUNCE_MS = 1_000;
const GOSSIP_EVERY_MS = 20_000;
const STALE_AFTER_MS = 60_000;

/**
 * Connected-socket counts per team for the leads' console. Each process counts its own sockets
 * and shares the counts with the others through `serverSideEmit` (a no-op with one process), so
 * no process ever has to list another's 10,000 sockets.
 */
export function createPresence(io: HubServer, clustered: boolean) {
  const nodeId = randomUUID();
  const local = new Map<string, PresenceCount>();
  const remote = new Map<string, Map<string, PresenceCount & { seenAt: number }>>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Closing the hub disconnects every socket after `stop`: their departures report nothing.
  let stopped = false;

  const total = (teamId: string): PresenceCount => {
    const sum = { ...(local.get(teamId) ?? { agents: 0, leads: 0 }) };
    const now = Date.now();
    for (const count of remote.get(teamId)?.values() ?? []) {
      if (now - count.seenAt > STALE_AFTER_MS) continue;
      sum.agents += count.agents;
      sum.leads += count.leads;
    }
    return sum;
  };

  const reportLocally = (teamId: string) => io.local.to(leadsRoom(teamId)).emit('presence:count', total(teamId));

  const flush = () => {
    timer = undefined;
    for (const teamId of pending) {
      if (clustered) io.serverSideEmit('presence:local', nodeId, teamId, local.get(teamId) ?? { agents: 0, leads: 0 });
      reportLocally(teamId);
    }
    pending.clear();
  };

  const schedule = (teamId: string) => {
    if (stopped) return;
    pending.add(teamId);
    timer ??= setTimeout(flush, REPORT_DEBOUNCE_MS);
  };

  io.on('presence:local', (fromNode, teamId, counts) => {
    if (fromNode === nodeId) return;
    const byNode = remote.get(teamId) ?? new Map();
    remote.set(teamId, byNode);
    byNode.set(fromNode, { ...counts, seenAt: Date.now() });
    reportLocally(teamId);
  });

  const gossip = setInterval(() => {
    for (const teamId of local.keys()) schedule(teamId);
  }, GOSSIP_EVERY_MS);
  gossip.unref();

  const change = (teamId: string, isLead: boolean, delta: 1 | -1) => {
    const count = local.get(teamId) ?? { agents: 0, leads: 0 };
    if (isLead) count.leads += delta;
    else count.agents += delta;
    if (count.agents + count.leads === 0) local.delete(teamId);
    else local.set(teamId, count);
    schedule(teamId);
  };

  return {
    joined: (teamId: string, isLead: boolean) => change(teamId, isLead, 1),
    left: (teamId: string, isLead: boolean) => change(teamId, isLead, -1),
    current: total,
    stop() {
      stopped = true;
      clearInterval(gossip);
      if (timer) clearTimeout(timer);
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
