import type { SqlExecutor } from '../storage/sql-executor';

export interface AuditEntry {
  teamId: string | null;
  /** Who: `token:<id>` for socket writes, `cli` for the command line. */
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

/** Appends one row; call it inside the write's transaction so the log and the change agree. */
export async function appendAudit(tx: SqlExecutor, entry: AuditEntry, at = Date.now()): Promise<void> {
  await tx.query('INSERT INTO audit_log (team_id, actor, action, detail, at) VALUES ($1, $2, $3, $4, $5)', [
    entry.teamId,
    entry.actor,
    entry.action,
    JSON.stringify(entry.detail),
    at,
  ]);
}

export function createAuditReader(db: SqlExecutor) {
  return {
    async recent(teamId: string, limit = 100): Promise<(AuditEntry & { at: number })[]> {
      const rows = await db.query<{ team_id: string; actor: string; action: string; detail: Record<string, unknown>; at: number }>(
        'SELECT team_id, actor, action, detail, at FROM audit_log WHERE team_id = $1 ORDER BY id DESC LIMIT $2',
        [teamId, limit],
      );
      return rows.map((row) => ({ teamId: row.team_id, actor: row.actor, action: row.action, detail: row.detail, at: Number(row.at) }));
    },
  };
}
