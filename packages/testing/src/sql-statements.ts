import { statementsInRequest } from '@salesgraph/service-kit';
import { Client } from 'pg';

/**
 * Counts the SQL statements the GraphQL requests of this process send to
 * PostgreSQL while `work` runs, with their text: a test of "one statement per
 * request, not one per row". Only statements inside a request's scope count
 * (service-kit's sql-statement-count): the outbox relay, which commits wake
 * at any moment, consumers and jobs are left out. Pass `only` to narrow it
 * further.
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
    if (typeof text === 'string' && statementsInRequest() !== undefined && only(text))
      statements.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    prototype.query = original;
  }
}
