import { NotFoundError } from '@salesgraph/service-kit';

export class LeadNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Lead', id);
  }
}
