import { NotFoundError } from '@salesgraph/service-kit';

export class TouchpointNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Touchpoint', id);
  }
}
