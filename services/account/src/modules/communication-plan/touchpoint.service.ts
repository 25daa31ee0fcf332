import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { BadInputError } from '@salesgraph/service-kit';
import type { EventContext } from '@salesgraph/events';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { applyChanges } from '../../common/apply-changes';
import { eventContextFor, type Caller } from '../../common/caller';
import { isoDate } from '../../common/dates';
import { isUuid } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { Contact } from '../contact/contact.entity';
import type { ContactJournal } from '../contact/contact.journal';
import type { HealthService } from '../health/health.service';
import { nextDueDate } from './cadence';
import type { PlanTouchpointInput } from './dto/plan-touchpoint.input';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import type { TouchpointAccess } from './touchpoint-access';
import type { TouchpointJournal } from './touchpoint.journal';

/**
 * The communication plan. The account's owner (or their manager) plans and
 * cancels touchpoints; whoever carries one out (often marketing) completes
 * it, which also counts as an interaction with the contact.
 */
export class TouchpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
    private readonly touchpointAccess: TouchpointAccess,
    private readonly health: HealthService,
    private readonly journal: TouchpointJournal,
    private readonly contactJournal: ContactJournal,
  ) {}

  /** `now` is when it is planned: the first due date may not lie before it. */
  async plan(
    caller: Caller,
    input: PlanTouchpointInput,
    { id = randomUUID() as string, now = new Date() }: { id?: string; now?: Date } = {},
  ): Promise<Touchpoint> {
    if (input.nextDate < isoDate(now))
      throw new BadInputError(`nextDate must be today (${isoDate(now)}) or later.`);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      const contact = isUuid(input.contactId)
        ? await manager.findOneBy(Contact, { id: input.contactId })
        : null;
      if (contact?.accountId !== account.id)
        throw new BadInputError(`contactId ${input.contactId} is not a contact of this account.`);
      const touchpoint = await manager.save(
        manager.create(Touchpoint, {
          ...input,
          id,
          accountId: account.id,
          ownerId: input.ownerId ?? caller.user.id,
          status: TouchpointStatus.PLANNED,
          plannedBy: caller.user.id,
          lastDoneAt: null,
        }),
      );
      const context = eventContextFor(caller);
      await this.journal.record(manager, touchpoint, 'PLANNED', context, touchpoint.createdAt);
      return touchpoint;
    });
  }

  /** It took place (at `doneAt`, default now): the next date follows the cadence; ONCE is DONE. */
  async complete(caller: Caller, id: string, doneAt = new Date()): Promise<Touchpoint> {
    if (doneAt.getTime() > Date.now()) throw new BadInputError('doneAt must not be in the future.');
    return this.dataSource.transaction(async (manager) => {
      const touchpoint = await this.touchpointAccess.requireChangeable(manager, caller.user, id, {
        ownerMay: true,
      });
      const next = nextDueDate(touchpoint.cadence, touchpoint.nextDate, isoDate(doneAt));
      touchpoint.lastDoneAt = doneAt;
      if (next) touchpoint.nextDate = next;
      else touchpoint.status = TouchpointStatus.DONE;
      const saved = await manager.save(touchpoint);
      const context = eventContextFor(caller);
      await this.journal.record(manager, saved, 'COMPLETED', context, saved.updatedAt);
      await this.noteInteraction(manager, saved.contactId, doneAt, context);
      await this.health.recompute(manager, touchpoint.accountId, context);
      return saved;
    });
  }

  async cancel(caller: Caller, id: string): Promise<Touchpoint> {
    return this.dataSource.transaction(async (manager) => {
      const touchpoint = await this.touchpointAccess.requireChangeable(manager, caller.user, id, {
        ownerMay: false,
      });
      touchpoint.status = TouchpointStatus.CANCELLED;
      const saved = await manager.save(touchpoint);
      await this.journal.record(
        manager,
        saved,
        'CANCELLED',
        eventContextFor(caller),
        saved.updatedAt,
      );
      return saved;
    });
  }

  /** Planned touchpoints due by `today + withinDays` (overdue ones included) that the user carries out or may see. */
  async due(user: AuthenticatedUser, withinDays: number, now = new Date()): Promise<Touchpoint[]> {
    const manager = this.dataSource.manager;
    const owners = await this.access.visibleOwnerIds(manager, user);
    const query = manager
      .createQueryBuilder(Touchpoint, 't')
      .innerJoin(Account, 'a', 'a.id = t.account_id')
      .where('t.status = :planned', { planned: TouchpointStatus.PLANNED })
      .andWhere('t.next_date <= :until', { until: isoDate(now, withinDays) });
    if (owners)
      query.andWhere(
        owners.length ? '(t.owner_id = :me OR a.owner_id IN (:...owners))' : 't.owner_id = :me',
        { me: user.id, owners },
      );
    return query.orderBy('t.next_date', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }

  ofAccounts(accountIds: readonly string[]): Promise<Touchpoint[]> {
    return this.dataSource.manager.find(Touchpoint, {
      where: { accountId: In([...accountIds]) },
      order: { nextDate: 'ASC', id: 'ASC' },
    });
  }

  /** A touchpoint that took place is an interaction with its contact, recorded as the contact's change. */
  private async noteInteraction(
    manager: EntityManager,
    contactId: string,
    at: Date,
    context: EventContext,
  ): Promise<void> {
    const contact = await manager.findOneByOrFail(Contact, { id: contactId });
    if (contact.lastInteractionAt && contact.lastInteractionAt >= at) return;
    const changed = applyChanges(contact, { lastInteractionAt: at });
    await this.contactJournal.recordUpdate(manager, await manager.save(contact), changed, context);
  }
}
