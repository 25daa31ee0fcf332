import { defineLifecycle } from '@salesgraph/service-kit';
import { CompetitorThreatStatus as S } from './competitor-threat-enums';

/** A mitigated threat may flare up again; a lost or closed one is history. */
const transitions: Record<S, readonly S[]> = {
  [S.OPEN]: [S.MITIGATED, S.LOST_TO_COMPETITOR, S.CLOSED],
  [S.MITIGATED]: [S.OPEN, S.CLOSED],
  [S.LOST_TO_COMPETITOR]: [S.CLOSED],
  [S.CLOSED]: [],
};

export const competitorThreatLifecycle = defineLifecycle<S>({
  entity: 'Competitor threat',
  transitions,
  hint: (from) =>
    transitions[from].length
      ? `From ${from} it may go to ${transitions[from].join(', ')}.`
      : `${from} is final.`,
});
