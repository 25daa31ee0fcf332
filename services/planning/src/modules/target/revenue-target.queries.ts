import type { AccessPolicy } from '@salesgraph/access';
import {
  BadInputError,
  ForbiddenError,
  readerOf,
  yearPeriod,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { PeriodKind } from './period-kind';
import { RevenueTarget } from './revenue-target.entity';

export interface TargetFilter {
  periodKind?: PeriodKind;
  year?: number;
}

/** Reads of revenue targets: a target is visible to whoever's access scope sees its rep. */
export class RevenueTargetQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** Targets of one person the command may see (themselves, their manager, admins). */
  async forUser(
    command: CommandContext,
    userId: string,
    filter: TargetFilter,
  ): Promise<RevenueTarget[]> {
    if (!(await this.access.scopeOf(command)).sees(userId))
      throw new ForbiddenError("You may see your own targets and your team members' only.");
    return this.find(readerOf(this.dataSource, command), { repId: userId }, filter);
  }

  /** Every target the command may see, newest period first. */
  async list(command: CommandContext, filter: TargetFilter): Promise<RevenueTarget[]> {
    const reps = (await this.access.scopeOf(command)).visibleOwners;
    const where = reps ? { repId: In([...reps]) } : {};
    return this.find(readerOf(this.dataSource, command), where, filter);
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
    if (filter.year != null) {
      if (filter.year < 2000 || filter.year > 2100)
        throw new BadInputError(`year must be between 2000 and 2100, not ${filter.year}.`);
      const year = yearPeriod(filter.year);
      query.andWhere('t.period_start BETWEEN :from AND :to', { from: year.start, to: year.end });
    }
    return query.getMany();
  }
}
