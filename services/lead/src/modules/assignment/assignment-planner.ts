import type { TeamDirectory, TeamMember } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';
import { AssignmentCursor } from './assignment-cursor.entity';
import type { Assignment } from './assignment-engine';
import {
  describeTerritory,
  nextInRotation,
  ruleMatches,
  type LeadTerritory,
} from './assignment-policy';
import { AssignmentRule } from './assignment-rule.entity';

/** What the rules decide for one lead: an owner, or a queue to wait in with the reason. */
export type AssignmentPlan =
  | { kind: 'assign'; assignment: Assignment }
  | { kind: 'wait'; teamId: string | null; reason: string };

/**
 * The rules applied to one lead after another under the assignment lock, the
 * rotation and the open-lead counts kept in memory between them: a batch of
 * leads reads rules, teams, counts and cursors once, and comes out as if each
 * lead had been assigned on its own (assignment-v1). Create it with `locked`;
 * the lock holds until the transaction ends, so nobody else moves the
 * rotation or the counts meanwhile.
 */
export class AssignmentPlanner {
  private rules?: AssignmentRule[];
  private readonly teams = new Map<string, TeamMember[]>();
  /** Open leads per rep as stored when first needed, and those this planner gave since. */
  private readonly openLeads = new Map<string, number>();
  private readonly given = new Map<string, number>();
  private readonly cursors = new Map<string, string | null>();
  /** The rotations that moved, and the rep each stopped at. */
  private readonly moved = new Map<string, string>();

  private constructor(
    private readonly manager: EntityManager,
    private readonly directory: TeamDirectory,
  ) {}

  static async locked(
    manager: EntityManager,
    directory: TeamDirectory,
  ): Promise<AssignmentPlanner> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('lead:assignment'))");
    return new AssignmentPlanner(manager, directory);
  }

  async plan(lead: LeadTerritory): Promise<AssignmentPlan> {
    this.rules ??= await this.manager.find(AssignmentRule, {
      where: { active: true },
      order: { priority: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const matching = this.rules.filter((rule) => ruleMatches(rule, lead));
    if (matching.length === 0)
      return {
        kind: 'wait',
        teamId: null,
        reason: `No active assignment rule matches ${describeTerritory(lead)}.`,
      };
    const refusals: string[] = [];
    for (const rule of matching) {
      const members = await this.membersOf(rule.teamId);
      const reps = members.filter((m) => m.role === 'SALES_REP').map((m) => m.userId);
      const team = members[0]?.teamName ?? rule.teamId;
      if (reps.length === 0) {
        refusals.push(`rule "${rule.name}": team ${team} has no sales reps`);
        continue;
      }
      const cap = rule.maxOpenLeadsPerRep;
      if (cap != null) await this.countOpenLeads(reps);
      const ownerId = nextInRotation(
        reps,
        await this.cursorOf(rule.teamId),
        (rep) => cap == null || (this.openLeads.get(rep) ?? 0) + (this.given.get(rep) ?? 0) < cap,
      );
      if (!ownerId) {
        refusals.push(
          `rule "${rule.name}": all ${reps.length} reps of team ${team} are at the cap of ${cap} open leads`,
        );
        continue;
      }
      this.cursors.set(rule.teamId, ownerId);
      this.moved.set(rule.teamId, ownerId);
      this.given.set(ownerId, (this.given.get(ownerId) ?? 0) + 1);
      return {
        kind: 'assign',
        assignment: {
          ownerId,
          teamId: rule.teamId,
          assignedBy: 'RULE',
          ruleId: rule.id,
          reason: `rule "${rule.name}": round robin in team ${team}`,
        },
      };
    }
    return { kind: 'wait', teamId: matching[0].teamId, reason: `${refusals.join('; ')}.` };
  }

  /** Writes where each rotation that moved stopped. */
  async saveCursors(now: Date): Promise<void> {
    if (this.moved.size === 0) return;
    await this.manager.upsert(
      AssignmentCursor,
      [...this.moved].map(([teamId, lastUserId]) => ({ teamId, lastUserId, updatedAt: now })),
      ['teamId'],
    );
    this.moved.clear();
  }

  private async membersOf(teamId: string): Promise<TeamMember[]> {
    let members = this.teams.get(teamId);
    if (!members) {
      members = await this.directory.membersOfTeam(this.manager, teamId);
      this.teams.set(teamId, members);
    }
    return members;
  }

  private async cursorOf(teamId: string): Promise<string | null> {
    if (!this.cursors.has(teamId)) {
      const cursor = await this.manager.findOneBy(AssignmentCursor, { teamId });
      this.cursors.set(teamId, cursor?.lastUserId ?? null);
    }
    return this.cursors.get(teamId) ?? null;
  }

  /**
   * Counts read once per rep (the leads this planner gives are not stored yet: `given` adds
   * them): the sum of each rep's tally rows, folded into one row per rep in the same statement
   * (migration OpenLeadTally). Rows of transactions still open are neither counted nor folded,
   * as `count(*)` over the leads would not count theirs.
   */
  private async countOpenLeads(reps: string[]): Promise<void> {
    const unknown = reps.filter((rep) => !this.openLeads.has(rep));
    if (unknown.length === 0) return;
    const rows: Array<{ owner_id: string; open: number }> = await this.manager.query(
      `WITH folded AS (
         DELETE FROM open_lead_tally WHERE owner_id = ANY($1::text[]) RETURNING owner_id, open_leads
       ), summed AS (
         SELECT owner_id, sum(open_leads)::int AS open FROM folded GROUP BY owner_id
       ), kept AS (
         INSERT INTO open_lead_tally (owner_id, open_leads)
         SELECT owner_id, open FROM summed WHERE open <> 0
       )
       SELECT owner_id, open FROM summed`,
      [unknown],
    );
    for (const rep of unknown) this.openLeads.set(rep, 0);
    for (const row of rows) this.openLeads.set(row.owner_id, row.open);
  }
}
