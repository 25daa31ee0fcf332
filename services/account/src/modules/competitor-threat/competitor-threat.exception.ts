import { NotFoundError } from '@salesgraph/service-kit';

export class CompetitorThreatNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Competitor threat', id);
  }
}
