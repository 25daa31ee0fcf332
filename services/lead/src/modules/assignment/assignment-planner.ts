import type { EntityManager } from 'typeorm';
import type { Assignment } from './assignment-engine';
import {
  describeTerritory,
  nextInRotation,
  ruleMatches,
  type LeadTerritory,
  type RuleCriteria,
} from './assignment-policy';

/** An active rule as the planner reads it. */
interface PlannedRule extends RuleCriteria {
  id: string;
  name: string;
  teamId: string;
  maxOpenLeadsPerRep: number | null;
}

/** A member of a rule's team (the team directory's `team_member`). */
interface PlannedMember {
  userId: string;
  teamName: string;
  role: string;
}

/** What LOAD_PLANNER_STATE reads, one JSON value a column. */
interface PlannerState {
  rules: Array<{
    id: string;
    name: string;
    team_id: string;
    countries: string[];
    regions: string[];
    segments: string[];
    max_open_leads_per_rep: number | null;
  }>;
  members: Array<{ team_id: string; user_id: string; team_name: string; role: string }>;
  cursors: Array<{ team_id: string; last_user_id: string }>;
  open: Array<{ owner_id: string; open: number }>;
}

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
  /** The leads this planner gave each rep, not stored yet: counted with `openLeads` against the caps. */
  private readonly given = new Map<string, number>();
  /** The rotations that moved, and the rep each stopped at. */
  private readonly moved = new Map<string, string>();

  private constructor(
    private readonly rules: readonly PlannedRule[],
    private readonly teams: ReadonlyMap<string, PlannedMember[]>,
    private readonly cursors: Map<string, string>,
    private readonly openLeads: ReadonlyMap<string, number>,
  ) {}

  /**
   * Takes the lock, then reads what the rules need in one statement (the lock
   * cannot share it: a statement's snapshot is taken before the lock would be
   * granted, and would miss what the holder before committed).
   */
  static async locked(manager: EntityManager): Promise<AssignmentPlanner> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('lead:assignment'))");
    const [state]: PlannerState[] = await manager.query(LOAD_PLANNER_STATE);
    const teams = new Map<string, PlannedMember[]>();
    for (const m of state.members)
      teams.set(m.team_id, [
        ...(teams.get(m.team_id) ?? []),
        { userId: m.user_id, teamName: m.team_name, role: m.role },
      ]);
    return new AssignmentPlanner(
      state.rules.map((r) => ({
        id: r.id,
        name: r.name,
        teamId: r.team_id,
        countries: r.countries,
        regions: r.regions,
        segments: r.segments,
        maxOpenLeadsPerRep: r.max_open_leads_per_rep,
      })),
      teams,
      new Map(state.cursors.map((c) => [c.team_id, c.last_user_id])),
      new Map(state.open.map((o) => [o.owner_id, o.open])),
    );
  }

  plan(lead: LeadTerritory): AssignmentPlan {
    const matching = this.rules.filter((rule) => ruleMatches(rule, lead));
    if (matching.length === 0)
      return {
        kind: 'wait',
        teamId: null,
        reason: `No active assignment rule matches ${describeTerritory(lead)}.`,
      };
    const refusals: string[] = [];
    for (const rule of matching) {
      const members = this.teams.get(rule.teamId) ?? [];
      const reps = members.filter((m) => m.role === 'SALES_REP').map((m) => m.userId);
      const team = members[0]?.teamName ?? rule.teamId;
      if (reps.length === 0) {
        refusals.push(`rule "${rule.name}": team ${team} has no sales reps`);
        continue;
      }
      const cap = rule.maxOpenLeadsPerRep;
      const ownerId = nextInRotation(
        reps,
        this.cursors.get(rule.teamId) ?? null,
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

  /** Where each rotation that moved stopped, to be written by `saveCursors` or with other rows (`cursorUpsertSql`). */
  takeMovedCursors(): { teamIds: string[]; lastUserIds: string[] } {
    const moved = [...this.moved];
    this.moved.clear();
    return { teamIds: moved.map(([t]) => t), lastUserIds: moved.map(([, u]) => u) };
  }

  /** Writes where each rotation that moved stopped. */
  async saveCursors(manager: EntityManager, now: Date): Promise<void> {
    const moved = this.takeMovedCursors();
    if (moved.teamIds.length === 0) return;
    await manager.query(cursorUpsertSql(1), [moved.teamIds, moved.lastUserIds, now]);
  }
}

/**
 * The upsert of moved rotations (`takeMovedCursors`), its team ids, last reps
 * and time the parameters from `$first` on: a statement of its own, or a CTE
 * of the statement that writes a batch's owners.
 */
export function cursorUpsertSql(first: number): string {
  const [teams, reps, at] = [first, first + 1, first + 2];
  return `INSERT INTO assignment_cursor (team_id, last_user_id, updated_at)
          SELECT c.team_id, c.last_user_id, $${at}::timestamptz
            FROM unnest($${teams}::uuid[], $${reps}::text[]) AS c(team_id, last_user_id)
          ON CONFLICT (team_id) DO UPDATE
             SET last_user_id = EXCLUDED.last_user_id, updated_at = EXCLUDED.updated_at`;
}

/**
 * Everything the rules read, in one statement: the active rules in the order
 * they are tried, their teams' members (the team directory's `team_member`, by
 * user id), the teams' rotations, and the open leads of every rep a cap applies
 * to: the sum of their tally rows, folded into one row a rep in the same
 * statement (migration OpenLeadTally). Rows of transactions still open are
 * neither counted nor folded, as `count(*)` over the leads would not count
 * theirs. A rep without rows holds no open lead.
 */
const LOAD_PLANNER_STATE = `
  WITH rules AS (
    SELECT id, name, team_id, countries, regions, segments, max_open_leads_per_rep,
           priority, created_at
      FROM assignment_rule WHERE active
  ), members AS (
    SELECT m.team_id, m.user_id, m.team_name, m.role
      FROM team_member m WHERE m.team_id IN (SELECT team_id FROM rules)
  ), capped AS (
    SELECT DISTINCT m.user_id FROM members m JOIN rules r ON r.team_id = m.team_id
     WHERE r.max_open_leads_per_rep IS NOT NULL AND m.role = 'SALES_REP'
  ), folded AS (
    DELETE FROM open_lead_tally WHERE owner_id IN (SELECT user_id FROM capped)
    RETURNING owner_id, open_leads
  ), summed AS (
    SELECT owner_id, sum(open_leads)::int AS open FROM folded GROUP BY owner_id
  ), kept AS (
    INSERT INTO open_lead_tally (owner_id, open_leads)
    SELECT owner_id, open FROM summed WHERE open <> 0
  )
  SELECT
    (SELECT coalesce(json_agg(r ORDER BY r.priority, r.created_at, r.id), '[]') FROM rules r) AS rules,
    (SELECT coalesce(json_agg(m ORDER BY m.team_id, m.user_id), '[]') FROM members m) AS members,
    (SELECT coalesce(json_agg(c), '[]')
       FROM (SELECT team_id, last_user_id FROM assignment_cursor
              WHERE team_id IN (SELECT team_id FROM rules)) c) AS cursors,
    (SELECT coalesce(json_agg(s), '[]') FROM summed s) AS open`;
