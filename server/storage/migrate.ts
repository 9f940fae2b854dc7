import initial from './migrations/001-initial';
import feedback from './migrations/002-feedback';
import type { SqlExecutor } from './sql-executor';

/** Ordered schema revisions; append a new file per revision, never edit an applied one. */
const MIGRATIONS: readonly { id: string; sql: string }[] = [
  { id: '001-initial', sql: initial },
  { id: '002-feedback', sql: feedback },
];

// Any constant works; it only keeps two hub processes from migrating the same database at once.
const MIGRATION_LOCK = 7_300_417;

export async function migrate(db: SqlExecutor): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at bigint NOT NULL)');
    const done = new Set((await tx.query<{ id: string }>('SELECT id FROM schema_migrations')).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [migration.id, Date.now()]);
      applied.push(migration.id);
    }
    return applied;
  });
}
