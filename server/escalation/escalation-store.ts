import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { EscalationEvent, escalationNoticeSchema } from '../../lib/sync/protocol';
import { appendAudit } from '../audit/audit-log';
import type { SqlExecutor } from '../storage/sql-executor';

export type ValidNotice = z.output<typeof escalationNoticeSchema>;

interface EscalationRow {
  id: string;
  agent: string;
  reason: string;
  conversation_ref: string;
  severity: EscalationEvent['severity'];
  excerpt: string | null;
  at: number;
}

const toEvent = (row: EscalationRow): EscalationEvent => ({
  id: row.id,
  agent: row.agent,
  reason: row.reason,
  conversationRef: row.conversation_ref,
  severity: row.severity,
  ...(row.excerpt !== null ? { excerpt: row.excerpt } : {}),
  at: Number(row.at),
});

export function createEscalationStore(db: SqlExecutor) {
  return {
    async record(sender: { teamId: string; tokenId: string; label: string }, notice: ValidNotice): Promise<EscalationEvent> {
      const event: EscalationEvent = {
        id: randomUUID(),
        agent: notice.agentName ?? sender.label,
        reason: notice.reason,
        conversationRef: notice.conversationRef,
        severity: notice.severity,
        ...(notice.excerpt !== undefined ? { excerpt: notice.excerpt } : {}),
        at: Date.now(),
      };
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO escalations (id, team_id, token_id, agent, reason, conversation_ref, severity, excerpt, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [event.id, sender.teamId, sender.tokenId, event.agent, event.reason, event.conversationRef, event.severity, event.excerpt ?? null, event.at],
        );
        // The audit row says that an escalation happened, not what the customer wrote.
        await appendAudit(tx, {
          teamId: sender.teamId,
          actor: `token:${sender.tokenId}`,
          action: 'escalation:notify',
          detail: { escalationId: event.id, severity: event.severity, withExcerpt: event.excerpt !== undefined },
        });
      });
      return event;
    },

    async recent(teamId: string, limit: number): Promise<EscalationEvent[]> {
      const rows = await db.query<EscalationRow>(
        'SELECT id, agent, reason, conversation_ref, severity, excerpt, at FROM escalations WHERE team_id = $1 ORDER BY at DESC LIMIT $2',
        [teamId, limit],
      );
      return rows.map(toEvent);
    },
  };
}

export type EscalationStore = ReturnType<typeof createEscalationStore>;
