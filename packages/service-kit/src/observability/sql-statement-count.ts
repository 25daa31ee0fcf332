import { AdvancedConsoleLogger, type LoggerOptions, type QueryRunner } from 'typeorm';
import { currentScope, runInScope } from '../context/request-scope';

/** The statements one GraphQL request has sent to its service's database so far. */
export interface StatementTally {
  count: number;
}

/**
 * Runs `fn` (one GraphQL request) with a tally of its own: every statement
 * issued from its async context, DataLoader batches and transactions
 * included, is counted there. Code outside such a scope - the outbox relay,
 * consumers, jobs, health checks - has no tally and is not counted.
 */
export function countingStatements<T>(fn: (tally: StatementTally) => T): T {
  const own: StatementTally = { count: 0 };
  return runInScope({ statements: own }, () => fn(own));
}

/** The current request's count, or undefined outside a request. */
export function statementsInRequest(): number | undefined {
  return currentScope()?.statements?.count;
}

/**
 * TypeORM's logger, which its query runner calls for every statement before
 * sending it (BEGIN and COMMIT of transactions too): the one place every
 * query of a service passes, whether from a repository, a query builder or
 * raw SQL. It counts the statement into the request's tally and logs as
 * TypeORM's own console logger would (errors only, as configured).
 */
export class StatementCountingLogger extends AdvancedConsoleLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const current = currentScope()?.statements;
    if (current) current.count += 1;
    super.logQuery(query, parameters, queryRunner);
  }
}
