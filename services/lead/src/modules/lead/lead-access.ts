import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { GraphQLContext } from '@salesgraph/service-kit';
import { TeamMember } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import { LeadScope } from './lead-scope';

/**
 * Record-level access to leads: a rep sees and changes their own; a manager
 * those of the reps in the teams they manage, their own, and the unassigned
 * queue; marketing sees (never changes) the leads it sent; ADMIN everything.
 * Roles add up: a user with two roles gets both scopes.
 */
export class LeadAccess {
  private readonly perRequest = new WeakMap<GraphQLContext, Promise<LeadScope>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The scope of the request's user, worked out once per request (field resolvers ask per lead). */
  scopeOf(context: GraphQLContext): Promise<LeadScope> {
    let scope = this.perRequest.get(context);
    if (!scope) {
      scope = this.scopeFor(this.dataSource.manager, context.user);
      this.perRequest.set(context, scope);
    }
    return scope;
  }

  /** The scope read through `manager`, e.g. inside the transaction that is about to change a lead. */
  async scopeFor(manager: EntityManager, user: AuthenticatedUser): Promise<LeadScope> {
    if (hasRole(user, 'ADMIN')) return new LeadScope(true, [], true, []);
    const ownerIds = new Set<string>([user.id]);
    let queueTeamIds: string[] | null = null;
    if (user.roles.includes('SALES_MANAGER')) {
      const rows = await manager.find(TeamMember, { where: { managerId: user.id } });
      for (const row of rows) ownerIds.add(row.userId);
      queueTeamIds = [...new Set(rows.map((row) => row.teamId))];
    }
    const ownsLeads = user.roles.some((role) => role === 'SALES_REP' || role === 'SALES_MANAGER');
    return new LeadScope(
      false,
      ownsLeads ? [...ownerIds] : [],
      user.roles.includes('MARKETING'),
      queueTeamIds,
    );
  }
}
