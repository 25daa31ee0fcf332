import { BadInputError } from '../graphql/domain-error';

/**
 * Ids arrive as GraphQL `ID`, which is any string, and our keys are UUIDs.
 * PostgreSQL would answer a malformed one with a syntax error that reaches
 * the client as an internal error; checked here first, it is NOT_FOUND (a
 * record that cannot exist) or BAD_USER_INPUT instead. The test is what
 * PostgreSQL's uuid type accepts (any version), no stricter.
 */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}

/** The ids that can be ours; the others cannot exist. */
export function onlyUuids(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

/** The id, if it is a UUID; BAD_USER_INPUT naming the argument otherwise. */
export function assertUuid(id: string, what: string): string {
  if (!isUuid(id)) throw new BadInputError(`${what} must be a UUID, got "${id}".`, { id });
  return id;
}

/** PostgreSQL's unique_violation, optionally of one constraint: a race to turn into CONFLICT. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    ?.driverError;
  const code = driverError?.code ?? (error as { code?: string })?.code;
  if (code !== '23505') return false;
  return (
    !constraint ||
    (driverError?.constraint ?? (error as { constraint?: string }).constraint) === constraint
  );
}
