import { randomUUID } from 'node:crypto';
import { TargetSet, type EventContext } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory, type Outbox } from '@salesgraph/messaging';
import { BadInputError, ForbiddenError, type AuditEntry } from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { formatMoney } from '../../common/money';
import type { PeriodKind } from '../../common/period-kind';
import { periodStartingOn, yearPeriod } from '../../common/period';
import type { TeamAccess } from '../team/team-access';
import type { SetRevenueTargetInput } from './dto/set-revenue-target.input';
import { RevenueTargetSplit } from './revenue-target-split.entity';
import { RevenueTarget } from './revenue-target.entity';
import { NotInAnyTeamError, NotYourTeamMemberError } from './revenue-target.exception';
import { validateTarget } from './target-splits';

export interface TargetFilter {
  periodKind?: PeriodKind;
  year?: number;
}

/** Revenue targets: set by the member's own manager, one per person and period. */
export class RevenueTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: TeamAccess,
    private readonly defaultCurrency: string,
  ) {}

  async set(
    actor: AuthenticatedUser,
    input: SetRevenueTargetInput,
    context: EventContext,
  ): Promise<RevenueTarget> {
    const period = periodStartingOn(input.periodKind, input.periodStart);
    const splits = input.splits ?? [];
    validateTarget(input.amount, splits);
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.access.membershipOf(manager, input.repId);
      if (!hasRole(actor, 'ADMIN')) {
        if (membership?.managerId !== actor.id) throw new NotYourTeamMemberError(input.repId);
      } else if (!membership) throw new NotInAnyTeamError(input.repId);
      const setAt = new Date();
      // One statement inserts or replaces, and locks the row for the rest of the transaction.
      const [{ id }] = await manager.query(
        `INSERT INTO revenue_target (id, rep_id, team_id, period_kind, period_start, period_end, amount, currency, set_by, set_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ON CONSTRAINT ux_revenue_target_rep_period DO UPDATE SET
           team_id = EXCLUDED.team_id, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
           set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
         RETURNING id`,
        [
          randomUUID(),
          input.repId,
          membership!.teamId,
          period.kind,
          period.start,
          period.end,
          input.amount,
          input.currency ?? this.defaultCurrency,
          actor.id,
          setAt,
        ],
      );
      await manager.delete(RevenueTargetSplit, { targetId: id });
      if (splits.length)
        await manager.insert(
          RevenueTargetSplit,
          splits.map((s, position) => ({
            targetId: id,
            position,
            productLine: s.productLine ?? null,
            productId: s.productId ?? null,
            amount: s.amount,
          })),
        );
      const target = await this.load(manager, id);
      await this.outbox.append(manager, TargetSet, toTargetSet(target), context);
      return target;
    });
  }

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

  private load(manager: EntityManager, id: string): Promise<RevenueTarget> {
    return manager.findOneOrFail(RevenueTarget, {
      where: { id },
      relations: { splits: true },
      order: { splits: { position: 'ASC' } },
    });
  }
}

function toTargetSet(target: RevenueTarget) {
  return {
    targetId: target.id,
    repId: target.repId,
    teamId: target.teamId,
    periodKind: target.periodKind,
    periodStart: target.periodStart,
    periodEnd: target.periodEnd,
    amount: formatMoney(target.amount),
    currency: target.currency,
    splits: target.splits.map((s) => ({
      ...(s.productLine ? { productLine: s.productLine } : {}),
      ...(s.productId ? { productId: s.productId } : {}),
      amount: formatMoney(s.amount),
    })),
    setBy: target.setBy,
    setAt: target.setAt.toISOString(),
  };
}
