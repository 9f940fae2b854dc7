import type { z } from 'zod';
import type {
  PullPage,
  SettingsChange,
  Snippet,
  SnippetChange,
  SyncChange,
  TeamSettings,
  publishRequestSchema,
} from '../../lib/sync/protocol';
import { type AuditEntry, appendAudit } from '../audit/audit-log';
import type { SqlExecutor } from '../storage/sql-executor';

export type ValidPublish = z.output<typeof publishRequestSchema>;
type Actor = Pick<AuditEntry, 'actor'>;

interface SnippetRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  language: 'en' | 'nl';
  variants: Snippet['variants'] | null;
  version: number;
  updated_at: number;
  deleted: boolean;
}

const toSnippetChange = (row: SnippetRow): SnippetChange => ({
  kind: 'snippet',
  version: Number(row.version),
  snippet: {
    id: row.id,
    title: row.title,
    body: row.body,
    tags: row.tags,
    language: row.language,
    ...(row.variants ? { variants: row.variants } : {}),
    version: Number(row.version),
    updatedAt: Number(row.updated_at),
    deleted: row.deleted,
  },
});

interface SettingsRow {
  settings: TeamSettings;
  version: number;
  updated_at: number;
}
const toSettingsChange = (row: SettingsRow): SettingsChange => ({
  kind: 'settings',
  version: Number(row.version),
  settings: row.settings,
  updatedAt: Number(row.updated_at),
});

/** Takes `count` versions from the team's counter; the row lock orders concurrent publishes. */
async function claimVersions(tx: SqlExecutor, teamId: string, count: number): Promise<number> {
  const [row] = await tx.query<{ version: number }>('UPDATE teams SET version = version + $2 WHERE id = $1 RETURNING version', [
    teamId,
    count,
  ]);
  if (!row) throw new Error(`unknown team ${teamId}`);
  return Number(row.version) - count + 1;
}

// One statement for the whole publish: upserts and tombstones arrive as a JSON record set.
// A tombstone keeps the title (for "removed: …" notices) and drops the body.
const UPSERT_SNIPPETS = `
INSERT INTO snippets (team_id, id, title, body, tags, language, variants, version, updated_at, deleted)
SELECT $1, x.id, x.title, x.body, x.tags, x.language, x.variants, x.version, $3, x.deleted
FROM jsonb_to_recordset($2::jsonb)
  AS x(id text, title text, body text, tags jsonb, language text, variants jsonb, version bigint, deleted boolean)
ON CONFLICT (team_id, id) DO UPDATE SET
  title = CASE WHEN excluded.deleted THEN snippets.title ELSE excluded.title END,
  body = excluded.body,
  tags = CASE WHEN excluded.deleted THEN snippets.tags ELSE excluded.tags END,
  language = CASE WHEN excluded.deleted THEN snippets.language ELSE excluded.language END,
  variants = excluded.variants,
  version = excluded.version,
  updated_at = excluded.updated_at,
  deleted = excluded.deleted
RETURNING id, title, body, tags, language, variants, version, updated_at, deleted`;

export function createKbStore(db: SqlExecutor) {
  return {
    /** Writes a publish and its audit row in one transaction; resolves once committed. */
    async publishSnippets(actor: Actor, teamId: string, request: ValidPublish): Promise<{ version: number; changes: SnippetChange[] }> {
      const count = request.upserts.length + request.deletes.length;
      const now = Date.now();
      return db.transaction(async (tx) => {
        const first = await claimVersions(tx, teamId, count);
        const records = [
          ...request.upserts.map((s, i) => ({ ...s, variants: s.variants ?? null, version: first + i, deleted: false })),
          ...request.deletes.map((id, i) => ({
            id,
            title: id,
            body: '',
            tags: [],
            language: 'en',
            variants: null,
            version: first + request.upserts.length + i,
            deleted: true,
          })),
        ];
        const rows = await tx.query<SnippetRow>(UPSERT_SNIPPETS, [teamId, JSON.stringify(records), now]);
        await appendAudit(tx, {
          teamId,
          actor: actor.actor,
          action: 'kb:publish',
          detail: { upserts: request.upserts.map((s) => s.id), deletes: request.deletes, versions: [first, first + count - 1] },
        });
        const changes = rows.map(toSnippetChange).sort((a, b) => a.version - b.version);
        return { version: first + count - 1, changes };
      });
    },

    async publishSettings(actor: Actor, teamId: string, settings: TeamSettings): Promise<SettingsChange> {
      const now = Date.now();
      return db.transaction(async (tx) => {
        const version = await claimVersions(tx, teamId, 1);
        const [row] = await tx.query<SettingsRow>(
          `INSERT INTO team_settings (team_id, settings, version, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (team_id) DO UPDATE SET settings = excluded.settings, version = excluded.version, updated_at = excluded.updated_at
           RETURNING settings, version, updated_at`,
          [teamId, JSON.stringify(settings), version, now],
        );
        await appendAudit(tx, { teamId, actor: actor.actor, action: 'settings:publish', detail: { version, settings } });
        if (!row) throw new Error('settings write returned nothing');
        return toSettingsChange(row);
      });
    },

    async latestVersion(teamId: string): Promise<number> {
      const [row] = await db.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [teamId]);
      return row ? Number(row.version) : 0;
    },

    /**
     * Everything after `since`, in version order, one page at a time. Reads the current state
     * rather than a log, so a snippet edited 500 times while an agent was offline arrives once,
     * in its latest form; tombstones carry deletes.
     */
    async pull(teamId: string, since: number, limit: number): Promise<PullPage> {
      const latest = await this.latestVersion(teamId);
      const snippets = await db.query<SnippetRow>(
        `SELECT id, title, body, tags, language, variants, version, updated_at, deleted FROM snippets
         WHERE team_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
        [teamId, since, limit + 1],
      );
      const settings = await db.query<SettingsRow>(
        'SELECT settings, version, updated_at FROM team_settings WHERE team_id = $1 AND version > $2 AND version <= $3',
        [teamId, since, latest],
      );
      const merged: SyncChange[] = [...snippets.filter((r) => Number(r.version) <= latest).map(toSnippetChange), ...settings.map(toSettingsChange)];
      merged.sort((a, b) => a.version - b.version);
      return { changes: merged.slice(0, limit), latest, more: merged.length > limit };
    },

    /** The live (not deleted) snippets, for export. */
    async currentSnippets(teamId: string): Promise<Snippet[]> {
      const rows = await db.query<SnippetRow>(
        `SELECT id, title, body, tags, language, variants, version, updated_at, deleted FROM snippets
         WHERE team_id = $1 AND NOT deleted ORDER BY id`,
        [teamId],
      );
      return rows.map((row) => toSnippetChange(row).snippet);
    },

    async currentSettings(teamId: string): Promise<TeamSettings | undefined> {
      const [row] = await db.query<SettingsRow>('SELECT settings, version, updated_at FROM team_settings WHERE team_id = $1', [teamId]);
      return row?.settings;
    },
  };
}

export type KbStore = ReturnType<typeof createKbStore>;
