import type { AccessPolicy } from '@salesgraph/access';
import { hasRole } from '@salesgraph/identity';
import type { CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { AccountPlan } from './account-plan.entity';

/**
 * Record-level rules of account plans, on the platform's access scope. A
 * plan is owned by its account manager, so whoever's scope sees them reads
 * it (they, their sales manager, admins). Planning's own rules on top:
 * - only the account manager writes the plan (or an admin): their sales
 *   manager approves or returns it but never edits it;
 * - only a sales manager who leads the account manager approves or returns
 *   it (or an admin), never the account manager themselves.
 */
export class PlanAccess {
  constructor(private readonly policy: AccessPolicy) {}

  /** Whether the command may write plans held by `accountManagerId`. */
  mayWrite(command: CommandContext, accountManagerId: string): boolean {
    return accountManagerId === command.user.id || hasRole(command.user, 'ADMIN');
  }

  canEdit(command: CommandContext, plan: AccountPlan): boolean {
    return this.mayWrite(command, plan.accountManagerId);
  }

  async canApprove(
    command: CommandContext,
    plan: AccountPlan,
    manager?: EntityManager,
  ): Promise<boolean> {
    return (await this.policy.scopeOf(command, manager)).managesPerson(plan.accountManagerId);
  }

  async canRead(
    command: CommandContext,
    plan: AccountPlan,
    manager?: EntityManager,
  ): Promise<boolean> {
    return (await this.policy.scopeOf(command, manager)).sees(plan.accountManagerId);
  }

  /** Account managers whose plans the command reads; undefined means all. */
  async visibleOwners(command: CommandContext): Promise<readonly string[] | undefined> {
    return (await this.policy.scopeOf(command)).visibleOwners;
  }
}
