import pg from 'pg';
import type { SqlExecutor, SqlValue } from './sql-executor';

// int8 columns (versions, millisecond timestamps) stay far below 2^53: read them as numbers.
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function wrap(target: Queryable): Pick<SqlExecutor, 'query' | 'exec'> {
  return {
    async exec(script: string) {
      await target.query(script);
    },
    async query<Row>(text: string, params: readonly SqlValue[] = []) {
      const result = await target.query(text, [...params]);
      return result.rows as Row[];
    },
  };
}

/** PostgreSQL through a connection pool, for DATABASE_URL deployments with several hub processes. */
export function openPgExecutor(connectionString: string, maxConnections = 10): SqlExecutor {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types: typeParsers });
  return {
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          ...wrap(client),
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
          close: () => Promise.resolve(),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
