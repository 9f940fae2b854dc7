import type { Server, Socket } from 'socket.io';
import type { ClientToServer, ServerToClient, SocketIdentity } from '../../lib/sync/protocol';

/** Events hub processes send each other through the adapter (Redis when several run). */
export interface InterServer {
  'presence:local': (nodeId: string, teamId: string, counts: { agents: number; leads: number }) => void;
}

export type HubServer = Server<ClientToServer, ServerToClient, InterServer, SocketIdentity>;
export type HubSocket = Socket<ClientToServer, ServerToClient, InterServer, SocketIdentity>;

export const teamRoom = (teamId: string) => `team:${teamId}`;
export const leadsRoom = (teamId: string) => `team:${teamId}:leads`;
/** Broadcasts go out shard by shard so no single emit holds the event loop for long. */
export const shardRoom = (teamId: string, shard: number) => `team:${teamId}#${shard}`;
