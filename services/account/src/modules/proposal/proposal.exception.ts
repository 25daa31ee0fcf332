import { NotFoundError } from '@salesgraph/service-kit';

export class ProposalNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Customisation proposal', id);
  }
}
