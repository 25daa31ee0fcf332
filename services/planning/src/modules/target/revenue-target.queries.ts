import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import {
  BadInputError,
  ForbiddenError,
  type AuditEntry,
  yearPeriod,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { TeamAccess } from '../team/team-access';
import { RevenueTarget } from './revenue-target.entity';
import { type PeriodKind } from './period-kind';

export interface TargetFilter {
  periodKind?: PeriodKind;
  year?: number;
}

/** Reads of revenue targets, with the rule of who sees whose. */
export class RevenueTargetQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: TeamAccess,
  ) {}

  /** Targets of one person the viewer may see (themselves, their manager, admins). */
  async forUser(
    viewer: AuthenticatedUser,
    userId: string,
    filter: TargetFilter,
  ): Promise<RevenueTarget[]> {
    const manager = this.dataSource.manager;
    if (!(await this.access.canSee(manager, viewer, userId)))
      throw new ForbiddenError("You may see your own targets and your team members' only.");
    return this.find(manager, { repId: userId }, filter);
  }

  /** Every target the viewer may see, newest period first. */
  async list(viewer: AuthenticatedUser, filter: TargetFilter): Promise<RevenueTarget[]> {
    const manager = this.dataSource.manager;
    const users = await this.access.visibleUserIds(manager, viewer);
    return this.find(manager, users ? { repId: In(users) } : {}, filter);
  }

  /** The target of one person for exactly this period, if any. */
  exact(
    manager: EntityManager,
    repId: string,
    kind: PeriodKind,
    start: string,
  ): Promise<RevenueTarget | null> {
    return manager.findOne(RevenueTarget, {
      where: { repId, periodKind: kind, periodStart: start },
      relations: { splits: true },
    });
  }

  async history(targetId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'RevenueTarget', targetId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  private async find(
    manager: EntityManager,
    where: FindOptionsWhere<RevenueTarget>,
    filter: TargetFilter,
  ) {
    const query = manager
      .createQueryBuilder(RevenueTarget, 't')
      .leftJoinAndSelect('t.splits', 's')
      .where(where)
      .orderBy('t.period_start', 'DESC')
      .addOrderBy('t.period_kind', 'ASC')
      .addOrderBy('t.rep_id', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .take(500);
    if (filter.periodKind) query.andWhere('t.period_kind = :kind', { kind: filter.periodKind });
    if (filter.year !== undefined) {
      if (filter.year < 2000 || filter.year > 2100)
        throw new BadInputError(`year must be between 2000 and 2100, not ${filter.year}.`);
      const year = yearPeriod(filter.year);
      query.andWhere('t.period_start BETWEEN :from AND :to', { from: year.start, to: year.end });
    }
    return query.getMany();
  }
}
