/**
 * The one seam between the hub's SQL and a database driver. The same SQL text runs on the
 * embedded PGlite store and on PostgreSQL, so both implementations stay this thin.
 */
export type SqlValue = string | number | boolean | null | Date;

export interface SqlExecutor {
  query<Row>(text: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a parameterless script of several statements (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
