import { randomUUID } from 'node:crypto';
import type { EventContext } from '@salesgraph/events';
import { DemoTeams, DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { DataSource } from 'typeorm';
import { AccountPlanStatus } from '../modules/plan/account-plan-status';
import { AccountPlan } from '../modules/plan/account-plan.entity';
import { RelationshipAction } from '../modules/plan/relationship-action.entity';
import { SalesTeamMember } from '../modules/team/sales-team-member.entity';
import { SalesTeamRole } from '../modules/team/sales-team-role';
import { SalesTeam } from '../modules/team/sales-team.entity';
import type { PlanningServices } from '../planning-services';
import { demoPlans } from './demo-plans';
import { demoMembers, demoTargets } from './demo-targets';
import { type Clock, isoDateOf, periodContaining } from '@salesgraph/service-kit';
import { PeriodKind } from '../modules/target/period-kind';

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
    private readonly s: PlanningServices,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    await this.teams();
    await this.targets();
    await this.plans();
  }

  private as(user: AuthenticatedUser): EventContext {
    return { correlationId: this.correlationId, actor: { type: 'user', id: user.id } };
  }

  private async teams(): Promise<void> {
    const managers = { north: DemoUsers.manager, south: DemoUsers.manager2 };
    for (const key of ['north', 'south'] as const) {
      const team = DemoTeams[key];
      const manager = managers[key];
      const manage = this.dataSource.manager;
      if (!(await manage.exists(SalesTeam, { where: { id: team.id } })))
        await this.s.teams.create(manager, { name: team.name }, this.as(manager), team.id);
      for (const member of demoMembers[key]) {
        if (await manage.exists(SalesTeamMember, { where: { userId: member.userId } })) continue;
        const input = {
          teamId: team.id,
          userId: member.userId,
          role: member.role as SalesTeamRole,
        };
        await this.s.membership.add(manager, input, this.as(manager));
      }
    }
  }

  private async targets(): Promise<void> {
    const now = this.clock.now();
    for (const demo of demoTargets) {
      for (const kind of [PeriodKind.YEAR, PeriodKind.QUARTER]) {
        const period = periodContaining(kind, now);
        if (
          await this.s.targetQueries.exact(this.dataSource.manager, demo.rep.id, kind, period.start)
        )
          continue;
        const amount = kind === PeriodKind.YEAR ? demo.year : demo.quarter;
        const splits = demo.split?.(kind === PeriodKind.YEAR ? 1 : 0.25) ?? [];
        await this.s.targets.set(
          demo.manager,
          { repId: demo.rep.id, periodKind: kind, periodStart: period.start, amount, splits },
          this.as(demo.manager),
        );
      }
    }
  }

  private async plans(): Promise<void> {
    const now = this.clock.now();
    const year = now.getUTCFullYear();
    const manager = this.dataSource.manager;
    for (const demo of demoPlans) {
      const owner = { id: demo.account.ownerId, roles: ['ACCOUNT_MANAGER' as const] };
      let plan = await manager.findOne(AccountPlan, {
        where: { accountId: demo.account.id, year },
      });
      plan ??= await this.s.plans.create(
        owner,
        {
          accountId: demo.account.id,
          year,
          objectives: [...demo.objectives],
          competitorDefenceNotes: demo.competitorDefenceNotes,
        },
        this.as(owner),
      );
      if (plan.status === AccountPlanStatus.DRAFT) {
        await this.s.plans.setTargets(
          owner,
          { planId: plan.id, targets: [...demo.targets] },
          this.as(owner),
        );
        plan = await this.s.workflow.submit(owner, plan.id, this.as(owner));
      }
      if (plan.status === AccountPlanStatus.SUBMITTED)
        plan = await this.s.workflow.approve(demo.approver, plan.id, this.as(demo.approver));
      if (await manager.exists(RelationshipAction, { where: { planId: plan.id } })) continue;
      for (const action of demo.actions) {
        const dueDate = isoDateOf(new Date(now.getTime() + action.inDays * 86_400_000));
        const input = {
          planId: plan.id,
          description: action.description,
          ownerId: action.ownerId,
          dueDate,
        };
        await this.s.actions.add(owner, input, this.as(owner));
      }
    }
  }
}
