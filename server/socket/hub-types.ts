import type { Server, Socket } from 'socket.io';
import type { ClientToServer, ServerToClient, SettingsChange, SnippetChange, SocketIdentity } from '../../lib/sync/protocol';

/** A change batch on its way to a team's sockets. */
export type Fanout =
  | { event: 'kb:changed'; batch: { changes: SnippetChange[]; latest: number } }
  | { event: 'settings:changed'; batch: { changes: SettingsChange[]; latest: number } };

/** Events hub processes send each other through the adapter (Redis when several run). */
export interface InterServer {
  'presence:local': (nodeId: string, teamId: string, counts: { agents: number; leads: number }) => void;
  'team:fanout': (teamId: string, message: Fanout) => void;
}

export type HubServer = Server<ClientToServer, ServerToClient, InterServer, SocketIdentity>;
export type HubSocket = Socket<ClientToServer, ServerToClient, InterServer, SocketIdentity>;

export const teamRoom = (teamId: string) => `team:${teamId}`;
export const leadsRoom = (teamId: string) => `team:${teamId}:leads`;
