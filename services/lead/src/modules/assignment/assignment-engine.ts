import { LeadAssigned, type LeadAssignedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { Lead } from '../lead/lead.entity';
import { heldFromRules, rulesMayAssign } from './assignment-policy';
import { AssignmentPlanner } from './assignment-planner';

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
 * rep over the cap. The rules themselves are AssignmentPlanner's, which marketing's
 * batch intake also uses, taking the lock once for a whole batch.
 */
export class AssignmentEngine {
  constructor(private readonly outbox: Outbox) {}

  /** The rules take the lead if the policy lets them; a lead held for a manager waits, with the reason. */
  async offerToRules(command: CommandContext, manager: EntityManager, lead: Lead): Promise<Lead> {
    if (rulesMayAssign(lead)) return this.assignByRules(command, manager, lead);
    const held = heldFromRules(lead);
    return held ? this.leaveUnassigned(manager, lead, null, held) : lead;
  }

  async assignByRules(command: CommandContext, manager: EntityManager, lead: Lead): Promise<Lead> {
    const planner = await AssignmentPlanner.locked(manager);
    const plan = planner.plan(lead);
    await planner.saveCursors(manager, command.clock.now());
    return plan.kind === 'assign'
      ? this.assign(command, manager, lead, plan.assignment)
      : this.leaveUnassigned(manager, lead, plan.teamId, plan.reason);
  }

  /** Gives the lead to `assignment.ownerId` and records LeadAssigned. */
  async assign(
    command: CommandContext,
    manager: EntityManager,
    lead: Lead,
    assignment: Assignment,
  ): Promise<Lead> {
    const assigned = giveLead(lead, assignment, command.clock.now());
    await manager.save(lead);
    await this.outbox.append(manager, LeadAssigned, assigned, eventContextOf(command));
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
}

/**
 * Gives the lead to `assignment.ownerId` in memory, out of any queue, and
 * answers what LeadAssigned says about it; the caller stores both.
 */
export function giveLead(lead: Lead, assignment: Assignment, at: Date): LeadAssignedData {
  const previousOwnerId = lead.ownerId;
  Object.assign(lead, {
    ownerId: assignment.ownerId,
    teamId: assignment.teamId,
    assignmentRuleId: assignment.ruleId ?? null,
    unassignedReason: null,
    assignedAt: at,
  });
  return {
    leadId: lead.id,
    ownerId: assignment.ownerId,
    ...(previousOwnerId ? { previousOwnerId } : {}),
    ...(assignment.teamId ? { teamId: assignment.teamId } : {}),
    assignedBy: assignment.assignedBy,
    ...(assignment.ruleId ? { ruleId: assignment.ruleId } : {}),
    reason: assignment.reason,
  };
}
