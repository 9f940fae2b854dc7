import type { z } from 'zod';
import type { FeedbackTotals, feedbackReportSchema } from '../../lib/sync/protocol';
import type { SqlExecutor } from '../storage/sql-executor';

export type ValidFeedbackReport = z.output<typeof feedbackReportSchema>;

interface TotalsRow {
  rule: string;
  dismissed: number | string;
  unhelpful: number | string;
  applied: number | string;
  notified: number | string;
  agents: number | string;
}

// One statement for the whole report: the rules arrive as a JSON record set.
const INSERT_COUNTS = `
INSERT INTO feedback_counts (team_id, token_id, rule, dismissed, unhelpful, applied, notified)
SELECT $1, $2, x.rule, x.dismissed, x.unhelpful, x.applied, x.notified
FROM jsonb_to_recordset($3::jsonb) AS x(rule text, dismissed bigint, unhelpful bigint, applied bigint, notified bigint)`;

// Only the latest report of each token counts, and only while the token is not revoked.
const SUMMARY = `
SELECT count(*) AS agents, max(r.reported_at) AS updated_at
FROM feedback_reports r
JOIN tokens t ON t.id = r.token_id AND t.revoked_at IS NULL
WHERE r.team_id = $1`;

const TOTALS = `
SELECT c.rule, sum(c.dismissed) AS dismissed, sum(c.unhelpful) AS unhelpful, sum(c.applied) AS applied,
       sum(c.notified) AS notified, count(*) AS agents
FROM feedback_counts c
JOIN tokens t ON t.id = c.token_id AND t.revoked_at IS NULL
WHERE c.team_id = $1
GROUP BY c.rule
ORDER BY c.rule`;

/**
 * Agents' per-rule feedback counts (dismissed, not helpful, applied, lead notified): the hub keeps
 * the latest report of each access token and adds them up for the team's leads. Reports carry
 * numbers and rule ids only, so no audit row is written for them (they arrive about once a minute
 * per agent and replace each other).
 */
export function createFeedbackStore(db: SqlExecutor) {
  return {
    /** Replaces the token's report; an empty report withdraws it. */
    async report(sender: { teamId: string; tokenId: string }, report: ValidFeedbackReport): Promise<{ rules: number }> {
      const key = [sender.teamId, sender.tokenId];
      if (report.rules.length === 0) {
        await db.query('DELETE FROM feedback_reports WHERE team_id = $1 AND token_id = $2', key); // counts go with it (cascade)
        return { rules: 0 };
      }
      await db.transaction(async (tx) => {
        // The upsert locks the token's report row first, so two reports of one agent apply one after the other.
        await tx.query(
          `INSERT INTO feedback_reports (team_id, token_id, reported_at) VALUES ($1, $2, $3)
           ON CONFLICT (team_id, token_id) DO UPDATE SET reported_at = excluded.reported_at`,
          [...key, Date.now()],
        );
        await tx.query('DELETE FROM feedback_counts WHERE team_id = $1 AND token_id = $2', key);
        await tx.query(INSERT_COUNTS, [...key, JSON.stringify(report.rules)]);
      });
      return { rules: report.rules.length };
    },

    async totals(teamId: string): Promise<FeedbackTotals> {
      const [summary] = await db.query<{ agents: number | string; updated_at: number | string | null }>(SUMMARY, [teamId]);
      const rows = await db.query<TotalsRow>(TOTALS, [teamId]);
      return {
        agents: Number(summary?.agents ?? 0),
        updatedAt: summary?.updated_at == null ? null : Number(summary.updated_at),
        rules: rows.map((row) => ({
          rule: row.rule,
          dismissed: Number(row.dismissed),
          unhelpful: Number(row.unhelpful),
          applied: Number(row.applied),
          notified: Number(row.notified),
          agents: Number(row.agents),
        })),
      };
    },
  };
}

export type FeedbackStore = ReturnType<typeof createFeedbackStore>;
