import {
  addDays,
  daysBetween,
  isoDateOf,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import { touchpointLifecycle } from './touchpoint-lifecycle';
import { recordsOfAccount } from '../account/records-of-account';

/** Reads the communication plan: what is due, for whom, and how soon, as of the command's today. */
export class TouchpointAgenda {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
  ) {}

  /**
   * Planned touchpoints due by today + `withinDays` (overdue ones included)
   * that the user carries out or whose account they may see: the
   * communication plan's own filter on top of account access, so marketing
   * sees the touchpoints it carries out.
   */
  async due(command: CommandContext, withinDays: number): Promise<Touchpoint[]> {
    const owners = await this.accounts.visibleOwners(command);
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(Touchpoint, 't')
      .innerJoin(Account, 'a', 'a.id = t.account_id')
      .where('t.status = :planned', { planned: TouchpointStatus.PLANNED })
      .andWhere('t.next_date <= :until', { until: addDays(this.today(command), withinDays) });
    if (owners)
      query.andWhere(
        owners.length ? '(t.owner_id = :me OR a.owner_id IN (:...owners))' : 't.owner_id = :me',
        { me: command.user.id, owners },
      );
    return query.orderBy('t.next_date', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }

  /** The plan of an account by next date, planned ones only unless `includeClosed`; batched. */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    includeClosed: boolean,
  ): Promise<Touchpoint[]> {
    const touchpoints = await recordsOfAccount(command, this.dataSource, Touchpoint, accountId, {
      nextDate: 'ASC',
      id: 'ASC',
    });
    return includeClosed
      ? touchpoints
      : touchpoints.filter((t) => !touchpointLifecycle.isFinal(t.status));
  }

  /** Still planned and due before today. */
  isOverdue(command: CommandContext, touchpoint: Touchpoint): boolean {
    return (
      !touchpointLifecycle.isFinal(touchpoint.status) && touchpoint.nextDate < this.today(command)
    );
  }

  /** Days from today to the next date (negative when overdue). */
  daysUntilDue(command: CommandContext, touchpoint: Touchpoint): number {
    return daysBetween(this.today(command), touchpoint.nextDate);
  }

  private today(command: CommandContext): string {
    return isoDateOf(command.clock.now());
  }
}
