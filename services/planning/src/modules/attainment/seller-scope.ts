import type { AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import type { SalesTeamService } from '../team/sales-team.service';
import type { TeamAccess } from '../team/team-access';
import { AttainmentForbiddenError } from './attainment.exception';

/**
 * Whose figures (attainment, forecast) a viewer may read: a seller they may
 * see (themselves, a member of a team they lead, anyone as admin), or every
 * member of a team they lead.
 */
export class SellerScope {
  constructor(
    private readonly teams: SalesTeamService,
    private readonly teamAccess: TeamAccess,
  ) {}

  async assertMaySee(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    userId: string,
  ): Promise<void> {
    if (!(await this.teamAccess.canSee(manager, viewer, userId)))
      throw new AttainmentForbiddenError(userId);
  }

  /** The members of a team the viewer leads (admins: any team). */
  async teamMembers(viewer: AuthenticatedUser, teamId: string): Promise<string[]> {
    const team = await this.teams.get(viewer, teamId);
    if (team.managerId !== viewer.id && !viewer.roles.includes('ADMIN'))
      throw new AttainmentForbiddenError(`team ${team.name}`);
    return team.members.map((m) => m.userId);
  }
}
