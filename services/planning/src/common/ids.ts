/** Whether text is a UUID; ids of this service's records are, so anything else cannot exist. */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** Postgres' unique_violation, for turning races into CONFLICT instead of a crash. */
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
