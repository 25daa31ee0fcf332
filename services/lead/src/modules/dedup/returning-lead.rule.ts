/**
 * returning-v1: what to do with an arriving lead that matches a known one.
 *
 * - the same external id is the same marketing record: always MERGE;
 * - an open predecessor (NEW, CONTACTED, QUALIFIED): MERGE, as ever;
 * - a closed one (DISQUALIFIED, CONVERTED) that closed less than the quiet
 *   period before the lead arrived: MERGE (marketing sent it again);
 * - a closed one that has been quiet for the quiet period or longer: the
 *   person is back with new interest, OPEN a new lead linked to it.
 */
export const RETURNING_RULE_VERSION = 'returning-v1';

export interface KnownLead {
  status: string;
  closedAt: Date | null;
}

export type ReturningDecision = 'MERGE' | 'OPEN_SUCCESSOR';

const DAY_MS = 86_400_000;

export function returningLeadDecision(
  known: KnownLead,
  matchedOnExternalId: boolean,
  arrivedAt: Date,
  quietDays: number,
): ReturningDecision {
  if (matchedOnExternalId) return 'MERGE';
  if (known.status !== 'DISQUALIFIED' && known.status !== 'CONVERTED') return 'MERGE';
  if (!known.closedAt) return 'MERGE';
  return arrivedAt.getTime() - known.closedAt.getTime() >= quietDays * DAY_MS
    ? 'OPEN_SUCCESSOR'
    : 'MERGE';
}
