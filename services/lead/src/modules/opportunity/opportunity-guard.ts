import {
  ForbiddenError,
  isUuid,
  NotFoundError,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { OpportunityAccess } from './opportunity-access';
import { Opportunity } from './opportunity.entity';

/** Loads an opportunity that is about to change: locked, and checked against the user's rights. */
export class OpportunityGuard {
  constructor(private readonly access: OpportunityAccess) {}

  async loadForChange(
    command: CommandContext,
    manager: EntityManager,
    id: string,
  ): Promise<Opportunity> {
    if (!isUuid(id)) throw new NotFoundError('Opportunity', id);
    const opportunity = await manager.findOne(Opportunity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const scope = await this.access.scopeOf(command, manager);
    if (!opportunity || !scope.canSee(opportunity)) throw new NotFoundError('Opportunity', id);
    if (!scope.canChange(opportunity))
      throw new ForbiddenError(
        'Only the owner of this opportunity or their sales manager may change it.',
      );
    return opportunity;
  }
}
