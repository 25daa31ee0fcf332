import type { AccessPolicy } from '@salesgraph/access';
import type { CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { LeadScope } from './lead-scope';

/**
 * Record-level access to leads: the platform's AccessPolicy, with the lead
 * service's own filters (see LeadScope). The policy remembers the scope for
 * the rest of the command; a change reads it again through its transaction.
 */
export class LeadAccess {
  constructor(private readonly policy: AccessPolicy) {}

  async scopeOf(command: CommandContext, manager?: EntityManager): Promise<LeadScope> {
    return new LeadScope(await this.policy.scopeOf(command, manager));
  }
}
