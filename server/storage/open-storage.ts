import { createAuditReader } from '../audit/audit-log';
import { createTokenStore } from '../auth/token-store';
import { createEscalationStore } from '../escalation/escalation-store';
import { createFeedbackStore } from '../feedback/feedback-store';
import { createKbStore } from '../kb/kb-store';
import { migrate } from './migrate';
import { openPgExecutor } from './pg-executor';
import { openPgliteExecutor } from './pglite-executor';
import type { SqlExecutor } from './sql-executor';

/** The hub's repositories, all over one executor so both storage kinds share every query. */
export interface HubStorage {
  kind: 'embedded' | 'postgres';
  db: SqlExecutor;
  tokens: ReturnType<typeof createTokenStore>;
  kb: ReturnType<typeof createKbStore>;
  escalations: ReturnType<typeof createEscalationStore>;
  feedback: ReturnType<typeof createFeedbackStore>;
  audit: ReturnType<typeof createAuditReader>;
  close(): Promise<void>;
}

export function storageOver(kind: HubStorage['kind'], db: SqlExecutor): HubStorage {
  return {
    kind,
    db,
    tokens: createTokenStore(db),
    kb: createKbStore(db),
    escalations: createEscalationStore(db),
    feedback: createFeedbackStore(db),
    audit: createAuditReader(db),
    close: () => db.close(),
  };
}

/** PostgreSQL when `databaseUrl` is given, else PGlite in `dataDir`; migrated before use. */
export async function openStorage(options: { databaseUrl?: string; dataDir: string }): Promise<HubStorage> {
  const storage = options.databaseUrl
    ? storageOver('postgres', openPgExecutor(options.databaseUrl))
    : storageOver('embedded', await openPgliteExecutor(options.dataDir));
  await migrate(storage.db);
  return storage;
}
