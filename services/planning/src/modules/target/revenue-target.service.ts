import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from '@salesgraph/access';
import { TargetSet } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  formatMoney,
  inTransaction,
  periodStartingOn,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import type { SetRevenueTargetInput } from './dto/set-revenue-target.input';
import { RevenueTargetSplit } from './revenue-target-split.entity';
import { RevenueTarget } from './revenue-target.entity';
import { NotInAnyTeamError, NotYourTeamMemberError } from './revenue-target.exception';
import { validateTarget } from './target-splits';

/** Sets revenue targets: only the member's own manager (or an admin), one per person and period. */
export class RevenueTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccessPolicy,
    private readonly teams: TeamDirectory,
    private readonly defaultCurrency: string,
  ) {}

  set(command: CommandContext, input: SetRevenueTargetInput): Promise<RevenueTarget> {
    const period = periodStartingOn(input.periodKind, input.periodStart);
    const splits = input.splits ?? [];
    validateTarget(input.amount, splits);
    return inTransaction(this.dataSource, command, async (manager) => {
      const scope = await this.access.scopeOf(command, manager);
      if (!scope.managesPerson(input.repId)) throw new NotYourTeamMemberError(input.repId);
      // A person is in one team at most: the target records it.
      const [team] = await this.teams.teamsOf(manager, input.repId);
      if (!team) throw new NotInAnyTeamError(input.repId);
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
          team.teamId,
          period.kind,
          period.start,
          period.end,
          input.amount,
          input.currency ?? this.defaultCurrency,
          command.user.id,
          command.clock.now(),
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
      await this.outbox.append(manager, TargetSet, toTargetSet(target), eventContextOf(command));
      return target;
    });
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
