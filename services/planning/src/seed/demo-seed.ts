import { randomUUID } from 'node:crypto';
import { DemoTeams, DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import {
  addDays,
  isoDateOf,
  periodContaining,
  userCommand,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import { accountPlanLifecycle } from '../modules/plan/account-plan-lifecycle';
import { AccountPlanStatus } from '../modules/plan/account-plan-status';
import { AccountPlan } from '../modules/plan/account-plan.entity';
import { RelationshipAction } from '../modules/plan/relationship-action.entity';
import { PeriodKind } from '../modules/target/period-kind';
import { SalesTeamMember } from '../modules/team/sales-team-member.entity';
import { SalesTeamRole } from '../modules/team/sales-team-role';
import { SalesTeam } from '../modules/team/sales-team.entity';
import type { PlanningComponents } from '../planning-components';
import { demoPlans } from './demo-plans';
import { demoMembers, demoTargets } from './demo-targets';

/**
 * Writes the demo teams, targets and approved key-account plans through the
 * services, as the demo people, so every change emits its events (the other
 * services build their team directories from SalesTeamUpdated). Each step
 * looks first and does only what is missing: running it twice changes nothing.
 */
export class DemoSeed {
  private readonly correlationId = `seed-planning-${randomUUID()}`;

  constructor(
    private readonly dataSource: DataSource,
    private readonly c: PlanningComponents,
  ) {}

  async run(): Promise<void> {
    await this.teams();
    await this.targets();
    await this.plans();
  }

  private as(user: AuthenticatedUser): CommandContext {
    return userCommand(user, { correlationId: this.correlationId, clock: this.c.clock });
  }

  private async teams(): Promise<void> {
    const managers = { north: DemoUsers.manager, south: DemoUsers.manager2 };
    for (const key of ['north', 'south'] as const) {
      const team = DemoTeams[key];
      const manager = this.as(managers[key]);
      const reader = this.dataSource.manager;
      if (!(await reader.exists(SalesTeam, { where: { id: team.id } })))
        await this.c.teams.create(manager, { name: team.name }, team.id);
      for (const member of demoMembers[key]) {
        if (await reader.exists(SalesTeamMember, { where: { userId: member.userId } })) continue;
        const input = {
          teamId: team.id,
          userId: member.userId,
          role: member.role as SalesTeamRole,
        };
        // Membership is an admin's decision (issue 12): the seed sets up the demo teams as one.
        await this.c.membership.add(this.as(DemoUsers.admin), input);
      }
    }
  }

  private async targets(): Promise<void> {
    const now = this.c.clock.now();
    for (const demo of demoTargets) {
      for (const kind of [PeriodKind.YEAR, PeriodKind.QUARTER]) {
        const period = periodContaining(kind, now);
        if (
          await this.c.targetQueries.exact(this.dataSource.manager, demo.rep.id, kind, period.start)
        )
          continue;
        const amount = kind === PeriodKind.YEAR ? demo.year : demo.quarter;
        const splits = demo.split?.(kind === PeriodKind.YEAR ? 1 : 0.25) ?? [];
        await this.c.targets.set(this.as(demo.manager), {
          repId: demo.rep.id,
          periodKind: kind,
          periodStart: period.start,
          amount,
          splits,
        });
      }
    }
  }

  private async plans(): Promise<void> {
    const today = isoDateOf(this.c.clock.now());
    const year = this.c.clock.now().getUTCFullYear();
    const reader = this.dataSource.manager;
    for (const demo of demoPlans) {
      const owner = this.as({ id: demo.account.ownerId, roles: ['ACCOUNT_MANAGER'] });
      let plan = await reader.findOne(AccountPlan, {
        where: { accountId: demo.account.id, year },
      });
      plan ??= await this.c.plans.create(owner, {
        accountId: demo.account.id,
        year,
        objectives: [...demo.objectives],
        competitorDefenceNotes: demo.competitorDefenceNotes,
      });
      if (accountPlanLifecycle.can(plan.status, AccountPlanStatus.SUBMITTED)) {
        await this.c.plans.setTargets(owner, { planId: plan.id, targets: [...demo.targets] });
        plan = await this.c.workflow.submit(owner, plan.id);
      }
      if (accountPlanLifecycle.can(plan.status, AccountPlanStatus.APPROVED))
        plan = await this.c.workflow.approve(this.as(demo.approver), plan.id);
      if (await reader.exists(RelationshipAction, { where: { planId: plan.id } })) continue;
      for (const action of demo.actions) {
        const input = {
          planId: plan.id,
          description: action.description,
          ownerId: action.ownerId,
          dueDate: addDays(today, action.inDays),
        };
        await this.c.actions.add(owner, input);
      }
    }
  }
}
