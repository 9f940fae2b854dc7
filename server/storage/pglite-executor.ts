import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlExecutor, SqlValue } from './sql-executor';

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(target: Queryable): Pick<SqlExecutor, 'query' | 'exec'> {
  return {
    async exec(script: string) {
      await target.exec(script);
    },
    async query<Row>(text: string, params: readonly SqlValue[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
  };
}

/**
 * Embedded storage: PostgreSQL compiled to WebAssembly, kept in `dataDir` (or in memory for
 * `memory://`). One process owns the folder; run several hub processes on PostgreSQL instead.
 */
export async function openPgliteExecutor(dataDir: string): Promise<SqlExecutor> {
  const db = await PGlite.create(dataDir);
  return {
    ...wrap(db),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          ...wrap(tx),
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
          close: () => Promise.resolve(),
        }),
      ),
    close: () => db.close(),
  };
}
