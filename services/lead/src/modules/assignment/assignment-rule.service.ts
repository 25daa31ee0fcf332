import { randomUUID } from 'node:crypto';
import type { AccessPolicy, RecordScope } from '@salesgraph/access';
import { LeadAssignmentRuleChanged, type LeadAssignmentRuleChangedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  ForbiddenError,
  inTransaction,
  isUuid,
  NotFoundError,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
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
    private readonly policy: AccessPolicy,
    private readonly teams: TeamDirectory,
  ) {}

  list(command: CommandContext): Promise<AssignmentRule[]> {
    return readerOf(this.dataSource, command).find(AssignmentRule, {
      order: { priority: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  create(
    command: CommandContext,
    input: AssignmentRuleInput,
    id: string = randomUUID(),
  ): Promise<AssignmentRule> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const scope = await this.policy.scopeOf(command, manager);
      await this.assertManagesTeam(manager, scope, input.teamId);
      const rule = manager.create(AssignmentRule, {
        id,
        ...this.fieldsOf(input),
        createdBy: command.user.id,
        updatedBy: command.user.id,
      });
      const saved = await manager.save(rule);
      await this.record(command, manager, saved, 'CREATED');
      return saved;
    });
  }

  update(command: CommandContext, id: string, input: AssignmentRuleInput): Promise<AssignmentRule> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const rule = await this.load(manager, id);
      const scope = await this.policy.scopeOf(command, manager);
      await this.assertManagesTeam(manager, scope, rule.teamId);
      await this.assertManagesTeam(manager, scope, input.teamId);
      Object.assign(rule, this.fieldsOf(input), { updatedBy: command.user.id });
      const saved = await manager.save(rule);
      await this.record(command, manager, saved, 'UPDATED');
      return saved;
    });
  }

  remove(command: CommandContext, id: string): Promise<AssignmentRule> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const rule = await this.load(manager, id);
      await this.assertManagesTeam(
        manager,
        await this.policy.scopeOf(command, manager),
        rule.teamId,
      );
      await manager.delete(AssignmentRule, { id: rule.id });
      await this.record(command, manager, rule, 'DELETED');
      return rule;
    });
  }

  private async record(
    command: CommandContext,
    manager: EntityManager,
    rule: AssignmentRule,
    change: LeadAssignmentRuleChangedData['change'],
  ): Promise<void> {
    await this.outbox.append(
      manager,
      LeadAssignmentRuleChanged,
      assignmentRuleChangedData(rule, change, command.clock.now()),
      eventContextOf(command),
    );
  }

  private async load(manager: EntityManager, id: string): Promise<AssignmentRule> {
    const rule = isUuid(id)
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
    scope: RecordScope,
    teamId: string,
  ): Promise<void> {
    const [member] = await this.teams.membersOfTeam(manager, teamId);
    if (!member) {
      throw new BadInputError(`Team ${teamId} is not known (or has no members yet).`, {
        field: 'teamId',
      });
    }
    if (!scope.managesTeam(teamId)) {
      throw new ForbiddenError(
        `You do not manage team ${member.teamName}: you cannot change its rules.`,
      );
    }
  }
}
