import { randomUUID } from 'node:crypto';
import { LeadAssignmentRuleChanged, type LeadAssignmentRuleChangedData } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory, type Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  ForbiddenError,
  NotFoundError,
  type AuditEntry,
  type GraphQLContext,
} from '@salesgraph/service-kit';
import { TeamMember } from '@salesgraph/team-directory';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assignmentRuleChangedData } from './assignment-rule-changed';
import { AssignmentRule } from './assignment-rule.entity';
import type { AssignmentRuleInput } from './dto/assignment-rule.input';

/**
 * Managers see every rule (the order of all of them decides where a lead
 * goes) and change the rules of the teams they manage. Every change emits
 * LeadAssignmentRuleChanged in its own transaction: the rule's history.
 */
export class AssignmentRuleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  list(): Promise<AssignmentRule[]> {
    return this.dataSource.manager.find(AssignmentRule, {
      order: { priority: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  async create(
    context: GraphQLContext,
    input: AssignmentRuleInput,
    id: string = randomUUID(),
  ): Promise<AssignmentRule> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertManagesTeam(manager, context.user, input.teamId);
      const rule = manager.create(AssignmentRule, {
        id,
        ...this.fieldsOf(input),
        createdBy: context.user.id,
        updatedBy: context.user.id,
      });
      const saved = await manager.save(rule);
      await this.record(manager, context, saved, 'CREATED');
      return saved;
    });
  }

  async update(
    context: GraphQLContext,
    id: string,
    input: AssignmentRuleInput,
  ): Promise<AssignmentRule> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.load(manager, id);
      await this.assertManagesTeam(manager, context.user, rule.teamId);
      await this.assertManagesTeam(manager, context.user, input.teamId);
      Object.assign(rule, this.fieldsOf(input), { updatedBy: context.user.id });
      const saved = await manager.save(rule);
      await this.record(manager, context, saved, 'UPDATED');
      return saved;
    });
  }

  async remove(context: GraphQLContext, id: string): Promise<AssignmentRule> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.load(manager, id);
      await this.assertManagesTeam(manager, context.user, rule.teamId);
      await manager.delete(AssignmentRule, { id: rule.id });
      await this.record(manager, context, rule, 'DELETED');
      return rule;
    });
  }

  /** The events emitted about one rule, oldest first (also after it was deleted). */
  async history(ruleId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'LeadAssignmentRule', ruleId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  private async record(
    manager: EntityManager,
    context: GraphQLContext,
    rule: AssignmentRule,
    change: LeadAssignmentRuleChangedData['change'],
  ): Promise<void> {
    await this.outbox.append(
      manager,
      LeadAssignmentRuleChanged,
      assignmentRuleChangedData(rule, change),
      eventContextOf(context),
    );
  }

  private async load(manager: EntityManager, id: string): Promise<AssignmentRule> {
    const rule = isUUID(id)
      ? await manager.findOne(AssignmentRule, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!rule) throw new NotFoundError('Assignment rule', id);
    return rule;
  }

  private fieldsOf(input: AssignmentRuleInput) {
    return {
      name: input.name.trim(),
      priority: input.priority,
      teamId: input.teamId,
      countries: [...new Set(input.countries)],
      regions: [...new Set(input.regions.map((r) => r.trim()))],
      segments: [...new Set(input.segments)],
      maxOpenLeadsPerRep: input.maxOpenLeadsPerRep ?? null,
      active: input.active,
    };
  }

  /** The team must be known from planning's events, and led by the user (ADMIN: any known team). */
  private async assertManagesTeam(
    manager: EntityManager,
    user: AuthenticatedUser,
    teamId: string,
  ): Promise<void> {
    const members = await manager.find(TeamMember, { where: { teamId }, take: 1 });
    if (members.length === 0) {
      throw new BadInputError(`Team ${teamId} is not known (or has no members yet).`, {
        field: 'teamId',
      });
    }
    if (!hasRole(user, 'ADMIN') && members[0].managerId !== user.id) {
      throw new ForbiddenError(
        `You do not manage team ${members[0].teamName}: you cannot change its rules.`,
      );
    }
  }
}
