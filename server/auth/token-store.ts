import type { Role, SocketIdentity } from '../../lib/sync/protocol';
import { appendAudit } from '../audit/audit-log';
import type { SqlExecutor } from '../storage/sql-executor';
import { generateAccessToken, hashSecret, parseAccessToken, secretMatches } from './access-token';

export interface TokenInfo {
  id: string;
  teamId: string;
  role: Role;
  label: string;
  createdAt: number;
  revokedAt: number | null;
}

interface TokenRow {
  id: string;
  team_id: string;
  role: Role;
  label: string;
  secret_hash: string;
  created_at: number;
  revoked_at: number | null;
}

const toInfo = (row: TokenRow): TokenInfo => ({
  id: row.id,
  teamId: row.team_id,
  role: row.role,
  label: row.label,
  createdAt: Number(row.created_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

export async function ensureTeam(db: SqlExecutor, teamId: string): Promise<void> {
  await db.query('INSERT INTO teams (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [teamId, Date.now()]);
}

export function createTokenStore(db: SqlExecutor) {
  return {
    /** Creates the team when needed. Returns the token in clear text: the only time it exists. */
    async create(input: { teamId: string; role: Role; label: string }): Promise<TokenInfo & { token: string }> {
      const fresh = generateAccessToken();
      const createdAt = Date.now();
      await db.transaction(async (tx) => {
        await ensureTeam(tx, input.teamId);
        await tx.query(
          'INSERT INTO tokens (id, team_id, role, label, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [fresh.id, input.teamId, input.role, input.label, fresh.secretHash, createdAt],
        );
        await appendAudit(tx, {
          teamId: input.teamId,
          actor: 'cli',
          action: 'token:create',
          detail: { tokenId: fresh.id, role: input.role, label: input.label },
        });
      });
      return { id: fresh.id, ...input, createdAt, revokedAt: null, token: fresh.token };
    },

    /**
     * Stores a token with a secret chosen by the caller. Only for the demo team, whose tokens are
     * printed in the README so that `npm run hub:dev` works without a setup step.
     */
    async createKnown(input: { token: string; teamId: string; role: Role; label: string }): Promise<void> {
      const parsed = parseAccessToken(input.token);
      if (!parsed) throw new Error('malformed token');
      await ensureTeam(db, input.teamId);
      await db.query(
        `INSERT INTO tokens (id, team_id, role, label, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [parsed.id, input.teamId, input.role, input.label, hashSecret(parsed.secret), Date.now()],
      );
    },

    async revoke(tokenId: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<{ team_id: string }>(
          'UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING team_id',
          [tokenId, Date.now()],
        );
        const row = rows[0];
        if (!row) return false;
        await appendAudit(tx, { teamId: row.team_id, actor: 'cli', action: 'token:revoke', detail: { tokenId } });
        return true;
      });
    },

    async list(teamId?: string): Promise<TokenInfo[]> {
      const rows = teamId
        ? await db.query<TokenRow>('SELECT * FROM tokens WHERE team_id = $1 ORDER BY created_at', [teamId])
        : await db.query<TokenRow>('SELECT * FROM tokens ORDER BY team_id, created_at');
      return rows.map(toInfo);
    },

    /** The identity behind a token, or undefined when it is malformed, unknown or revoked. */
    async verify(token: string): Promise<SocketIdentity | undefined> {
      const parsed = parseAccessToken(token);
      if (!parsed) return undefined;
      const [row] = await db.query<TokenRow>('SELECT * FROM tokens WHERE id = $1', [parsed.id]);
      if (!row || row.revoked_at !== null || !secretMatches(parsed.secret, row.secret_hash)) return undefined;
      return { tokenId: row.id, teamId: row.team_id, role: row.role, label: row.label };
    },

    /** Tokens revoked since `sinceMs`, so running hubs can drop their sockets. */
    async revokedSince(sinceMs: number): Promise<string[]> {
      const rows = await db.query<{ id: string }>('SELECT id FROM tokens WHERE revoked_at >= $1', [sinceMs]);
      return rows.map((row) => row.id);
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
