import type { AccessPolicy } from '@salesgraph/access';
import {
  readerOf,
  requestedPeriod,
  type CommandContext,
  type Period,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource } from 'typeorm';
import type { PeriodKind } from '../target/period-kind';
import type { SalesTeamService } from '../team/sales-team.service';
import { AttainmentForbiddenError } from './attainment.exception';

/** Figures of one seller: the caller's own when `userId` is left out; the current period by default. */
export interface SellerFiguresRequest {
  periodKind: PeriodKind;
  periodStart?: string | null;
  userId?: string | null;
  /** The viewer's currency; the target's when left out. */
  currency?: string | null;
}

/** Figures of every member of a team. */
export interface TeamFiguresRequest {
  teamId: string;
  periodKind: PeriodKind;
  periodStart?: string | null;
  currency?: string | null;
}

/**
 * What attainment and forecast share: which period a query asks for, and
 * whose figures the caller may read. A seller's figures are visible to
 * whoever's access scope sees the seller (they, their sales manager, admins);
 * a team's to its manager (admins: any team), for every member the team
 * directory lists.
 */
export class SellerScope {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly teams: SalesTeamService,
    private readonly directory: TeamDirectory,
  ) {}

  async ofSeller<T>(
    command: CommandContext,
    request: SellerFiguresRequest,
    figures: (userId: string, period: Period) => Promise<T>,
  ): Promise<T> {
    const period = this.periodOf(command, request);
    const userId = request.userId ?? command.user.id;
    if (!(await this.access.scopeOf(command)).sees(userId))
      throw new AttainmentForbiddenError(userId);
    return figures(userId, period);
  }

  async ofTeam<T>(
    command: CommandContext,
    request: TeamFiguresRequest,
    figures: (userId: string, period: Period) => Promise<T>,
  ): Promise<T[]> {
    const period = this.periodOf(command, request);
    // NOT_FOUND unless the team is the caller's (or they are an admin).
    const team = await this.teams.get(command, request.teamId);
    const members = await this.directory.membersOfTeam(readerOf(this.dataSource, command), team.id);
    return Promise.all(members.map((member) => figures(member.userId, period)));
  }

  /** The period asked for, or the current one by the command's clock. */
  private periodOf(
    command: CommandContext,
    request: { periodKind: PeriodKind; periodStart?: string | null },
  ): Period {
    return requestedPeriod(
      request.periodKind,
      request.periodStart ?? undefined,
      command.clock.now(),
    );
  }
}

/** The period of a figure as attainment and forecast rows show it. */
export function periodFields(period: Period) {
  return { periodKind: period.kind, periodStart: period.start, periodEnd: period.end };
}
