import { LeadAssigned, type LeadAssignedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { In, type EntityManager } from 'typeorm';
import { openLeadStatuses } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { AssignmentCursor } from './assignment-cursor.entity';
import {
  describeTerritory,
  heldFromRules,
  nextInRotation,
  ruleMatches,
  rulesMayAssign,
} from './assignment-policy';
import { AssignmentRule } from './assignment-rule.entity';

export interface Assignment {
  ownerId: string;
  teamId: string | null;
  assignedBy: LeadAssignedData['assignedBy'];
  ruleId?: string;
  reason: string;
}

/**
 * Gives leads an owner inside the caller's transaction. Rule assignment runs
 * under one transaction-scoped advisory lock: the round-robin position and the
 * open-lead counts it reads cannot change until the lead is committed, so two
 * leads assigned at the same moment never go to the same "next" rep nor push a
 * rep over the cap. Intake is a few thousand leads a day; the lock is cheap.
 */
export class AssignmentEngine {
  constructor(
    private readonly outbox: Outbox,
    private readonly directory: TeamDirectory,
  ) {}

  /** The rules take the lead if the policy lets them; a lead held for a manager waits, with the reason. */
  async offerToRules(command: CommandContext, manager: EntityManager, lead: Lead): Promise<Lead> {
    if (rulesMayAssign(lead)) return this.assignByRules(command, manager, lead);
    const held = heldFromRules(lead);
    return held ? this.leaveUnassigned(manager, lead, null, held) : lead;
  }

  async assignByRules(command: CommandContext, manager: EntityManager, lead: Lead): Promise<Lead> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('lead:assignment'))");
    const rules = await manager.find(AssignmentRule, {
      where: { active: true },
      order: { priority: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const matching = rules.filter((rule) => ruleMatches(rule, lead));
    if (matching.length === 0) {
      const reason = `No active assignment rule matches ${describeTerritory(lead)}.`;
      return this.leaveUnassigned(manager, lead, null, reason);
    }
    const refusals: string[] = [];
    for (const rule of matching) {
      const members = await this.directory.membersOfTeam(manager, rule.teamId);
      const reps = members.filter((m) => m.role === 'SALES_REP').map((m) => m.userId);
      const team = members[0]?.teamName ?? rule.teamId;
      if (reps.length === 0) {
        refusals.push(`rule "${rule.name}": team ${team} has no sales reps`);
        continue;
      }
      const cap = rule.maxOpenLeadsPerRep;
      const counts =
        cap == null ? new Map<string, number>() : await this.openLeadCounts(manager, reps);
      const cursor = await manager.findOneBy(AssignmentCursor, { teamId: rule.teamId });
      const ownerId = nextInRotation(
        reps,
        cursor?.lastUserId ?? null,
        (rep) => cap == null || (counts.get(rep) ?? 0) < cap,
      );
      if (!ownerId) {
        refusals.push(
          `rule "${rule.name}": all ${reps.length} reps of team ${team} are at the cap of ${cap} open leads`,
        );
        continue;
      }
      await manager.upsert(
        AssignmentCursor,
        { teamId: rule.teamId, lastUserId: ownerId, updatedAt: command.clock.now() },
        ['teamId'],
      );
      const reason = `rule "${rule.name}": round robin in team ${team}`;
      return this.assign(command, manager, lead, {
        ownerId,
        teamId: rule.teamId,
        assignedBy: 'RULE',
        ruleId: rule.id,
        reason,
      });
    }
    return this.leaveUnassigned(manager, lead, matching[0].teamId, `${refusals.join('; ')}.`);
  }

  /** Gives the lead to `assignment.ownerId` and records LeadAssigned. */
  async assign(
    command: CommandContext,
    manager: EntityManager,
    lead: Lead,
    assignment: Assignment,
  ): Promise<Lead> {
    const previousOwnerId = lead.ownerId;
    lead.ownerId = assignment.ownerId;
    lead.teamId = assignment.teamId;
    lead.assignmentRuleId = assignment.ruleId ?? null;
    lead.unassignedReason = null;
    lead.assignedAt = command.clock.now();
    await manager.save(lead);
    await this.outbox.append(
      manager,
      LeadAssigned,
      {
        leadId: lead.id,
        ownerId: assignment.ownerId,
        ...(previousOwnerId ? { previousOwnerId } : {}),
        ...(assignment.teamId ? { teamId: assignment.teamId } : {}),
        assignedBy: assignment.assignedBy,
        ...(assignment.ruleId ? { ruleId: assignment.ruleId } : {}),
        reason: assignment.reason,
      },
      eventContextOf(command),
    );
    return lead;
  }

  /** The lead waits in the queue of `teamId`'s manager (every manager's when null), with the reason. */
  private async leaveUnassigned(
    manager: EntityManager,
    lead: Lead,
    teamId: string | null,
    reason: string,
  ): Promise<Lead> {
    lead.teamId = teamId;
    lead.unassignedReason = reason;
    await manager.save(lead);
    return lead;
  }

  private async openLeadCounts(
    manager: EntityManager,
    reps: string[],
  ): Promise<Map<string, number>> {
    const rows: Array<{ ownerId: string; open: string }> = await manager
      .createQueryBuilder(Lead, 'lead')
      .select('lead.owner_id', 'ownerId')
      .addSelect('count(*)', 'open')
      .where({ ownerId: In(reps), status: In([...openLeadStatuses]) })
      .groupBy('lead.owner_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.ownerId, Number(row.open)]));
  }
}
