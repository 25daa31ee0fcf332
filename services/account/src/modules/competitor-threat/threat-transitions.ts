import { InvalidTransitionError } from '@salesgraph/service-kit';
import { CompetitorThreatStatus as S } from './competitor-threat-enums';

/** A mitigated threat may flare up again; a lost or closed one is history. */
const allowed: Record<S, S[]> = {
  [S.OPEN]: [S.MITIGATED, S.LOST_TO_COMPETITOR, S.CLOSED],
  [S.MITIGATED]: [S.OPEN, S.CLOSED],
  [S.LOST_TO_COMPETITOR]: [S.CLOSED],
  [S.CLOSED]: [],
};

export function assertThreatTransition(from: S, to: S): void {
  if (from === to || !allowed[from].includes(to))
    throw new InvalidTransitionError(
      'Competitor threat',
      from,
      to,
      allowed[from].length
        ? `From ${from} it may go to ${allowed[from].join(', ')}.`
        : `${from} is final.`,
    );
}
