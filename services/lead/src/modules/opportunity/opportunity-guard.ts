import type { AuthenticatedUser } from '@salesgraph/identity';
import { ForbiddenError, NotFoundError } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { OpportunityAccess } from './opportunity-access';
import { Opportunity } from './opportunity.entity';

/** Loads an opportunity that is about to change: locked, and checked against the user's rights. */
export class OpportunityGuard {
  constructor(private readonly access: OpportunityAccess) {}

  async loadForChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<Opportunity> {
    if (!isUUID(id)) throw new NotFoundError('Opportunity', id);
    const opportunity = await manager.findOne(Opportunity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const scope = await this.access.scopeFor(manager, user);
    if (!opportunity || !scope.canSee(opportunity)) throw new NotFoundError('Opportunity', id);
    if (!scope.canChange(opportunity))
      throw new ForbiddenError(
        'Only the owner of this opportunity or their sales manager may change it.',
      );
    return opportunity;
  }
}
