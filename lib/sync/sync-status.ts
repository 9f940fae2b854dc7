export type SyncState = 'idle' | 'connecting' | 'connected' | 'offline' | 'refused';

export interface SyncStatus {
  state: SyncState;
  /** The last team version applied to the local copy. */
  lastVersion: number;
  /** When the local copy was last confirmed current with the hub (ms epoch), if ever. */
  lastSyncedAt: number | null;
  /** Why the hub refused us or why the last attempt failed, in words for the agent. */
  error?: string;
}

function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** The panel's one-line status, e.g. "Offline — local copy 12 min old". */
export function describeSyncStatus(status: SyncStatus, now: number): string {
  const age = status.lastSyncedAt === null ? 'never synced' : `local copy ${formatAge(now - status.lastSyncedAt)} old`;
  switch (status.state) {
    case 'connected':
      return 'Connected to the team hub';
    case 'connecting':
      return `Connecting — ${age}`;
    case 'offline':
      return `Offline — ${age}`;
    case 'refused':
      return `Hub refused the connection: ${status.error ?? 'unknown reason'} — ${age}`;
    case 'idle':
      return 'Team hub not configured';
  }
}
