/** How far an order waiting in a queue is into its service level: 0 at arrival, 100 when due. */
export function serviceLevelPercent(since: string, dueAt: string, ageMinutes: number): number {
  const allowedMinutes = (Date.parse(dueAt) - Date.parse(since)) / 60_000;
  if (!(allowedMinutes > 0)) return 100;
  return Math.round((ageMinutes / allowedMinutes) * 100);
}

/** The coordinator's next move for an order in a status, if it is theirs to make. */
export function nextMove(status: string): 'confirm' | 'fulfil' | 'invoice' | null {
  if (status === 'PLACED') return 'confirm';
  if (status === 'CONFIRMED') return 'fulfil';
  if (status === 'FULFILLED') return 'invoice';
  return null;
}

/** Coordinators may cancel placed and confirmed orders (sellers their drafts). */
export const cancellable = (status: string) => status === 'PLACED' || status === 'CONFIRMED';
