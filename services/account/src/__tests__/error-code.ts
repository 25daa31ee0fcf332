/** The GraphQL error code a function throws, or 'OK' when it does not throw: for transition tests. */
export function errorCodeOf(fn: () => void): string {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code ?? error);
  }
}
