import { ForbiddenError } from '@salesgraph/service-kit';

export class AttainmentForbiddenError extends ForbiddenError {
  constructor(whose: string) {
    super(
      `You may not see the attainment of ${whose}: only they, their sales manager and admins may.`,
    );
  }
}
