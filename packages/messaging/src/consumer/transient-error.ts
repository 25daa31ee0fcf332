/**
 * Whether an error says the infrastructure is away (the database restarting,
 * connections exhausted, the network gone) rather than that the event cannot
 * be handled. Such failures are not the event's fault: the consumer waits and
 * retries instead of dead-lettering every event that arrives during an outage.
 */
export function isTransientInfrastructureError(error: unknown): boolean {
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown };
  const code = typeof candidate?.code === 'string' ? candidate.code : undefined;
  if (code) {
    // PostgreSQL: class 08 connection exception, 57P0x shutdown, 53300 too many connections, 40001/40P01 serialization and deadlock
    if (
      /^08/.test(code) ||
      /^57P0/.test(code) ||
      code === '53300' ||
      code === '40001' ||
      code === '40P01'
    )
      return true;
    if (
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)
    )
      return true;
  }
  const message = typeof candidate?.message === 'string' ? candidate.message : '';
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  )
    return true;
  return (
    candidate?.driverError !== undefined &&
    candidate.driverError !== error &&
    isTransientInfrastructureError(candidate.driverError)
  );
}
