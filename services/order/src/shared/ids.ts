import { BadInputError } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';

/**
 * Ids arrive as GraphQL `ID`, which is any string; PostgreSQL would answer a
 * malformed uuid with a syntax error that reaches the client as an internal
 * error. Checked here first, it is a plain bad-input error instead.
 */
export function assertUuid(id: string, what: string): string {
  if (!isUUID(id)) throw new BadInputError(`${what} must be a UUID, got "${id}".`, { id });
  return id;
}
