import { ForbiddenError, isUuid, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { LeadAccess } from './lead-access';
import { Lead } from './lead.entity';
import { LeadException } from './lead.exception';

/**
 * Loads a lead that is about to change: locked for the rest of the
 * transaction (two changes of one lead happen one after the other, so a lead
 * can never be converted twice) and checked against the user's rights.
 */
export class LeadGuard {
  constructor(private readonly access: LeadAccess) {}

  async loadForChange(command: CommandContext, manager: EntityManager, id: string): Promise<Lead> {
    if (!isUuid(id)) throw LeadException.notFound(id);
    const lead = await manager.findOne(Lead, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const scope = await this.access.scopeOf(command, manager);
    // Invisible and missing look the same: nobody learns which ids exist.
    if (!lead || !scope.canSee(lead)) throw LeadException.notFound(id);
    if (!scope.canChange(lead)) {
      throw new ForbiddenError(
        scope.marketingOnly
          ? 'Marketing may follow the leads it sent but not change them.'
          : 'Only the owner of this lead or their sales manager may change it.',
      );
    }
    return lead;
  }
}
