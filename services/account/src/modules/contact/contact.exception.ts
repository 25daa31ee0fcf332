import { NotFoundError } from '@salesgraph/service-kit';

export class ContactNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Contact', id);
  }
}
