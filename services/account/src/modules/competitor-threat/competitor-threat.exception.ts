import { NotFoundError } from '@salesgraph/service-kit';

/** The competitor threat module's refusals. */
export const CompetitorThreatException = {
  /** Unknown, invisible and malformed ids alike, like the threat's account. */
  notFound: (id: string) => new NotFoundError('Competitor threat', id),
};
