import { Client } from 'pg';

/**
 * Counts the SQL statements this process sends to PostgreSQL while `work`
 * runs, with their text: a test of "one statement per request, not one per
 * row". Every pg client of the process is counted, so keep other work of the
 * service quiet during it (a long OUTBOX_POLL_INTERVAL_MS, no events in
 * flight) or pass `only` to count the statements that matter.
 */
export async function countSqlStatements<T>(
  work: () => Promise<T>,
  only: (sql: string) => boolean = () => true,
): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function counted(this: unknown, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text;
    if (typeof text === 'string' && only(text)) statements.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    prototype.query = original;
  }
}
