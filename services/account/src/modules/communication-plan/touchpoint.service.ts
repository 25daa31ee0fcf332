import { randomUUID } from 'node:crypto';
import { inTransaction, isUuid, isoDateOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Contact } from '../contact/contact.entity';
import { ContactException } from '../contact/contact.exception';
import type { ContactConsentService } from '../consent/contact-consent.service';
import type { ContactService } from '../contact/contact.service';
import type { HealthService } from '../health/health.service';
import { nextDueDate } from './cadence';
import type { PlanTouchpointInput } from './dto/plan-touchpoint.input';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import { TouchpointException } from './touchpoint.exception';
import type { TouchpointAccess } from './touchpoint-access';
import { touchpointLifecycle } from './touchpoint-lifecycle';
import type { TouchpointJournal } from './touchpoint.journal';

/**
 * The communication plan. The account's owner (or their manager) plans and
 * cancels touchpoints; whoever carries one out (often marketing) completes
 * it, which also counts as an interaction with the contact. Nothing is
 * planned over a channel the contact withdrew consent for (and a withdrawal
 * cancels what was planned on it: ContactConsentService).
 */
export class TouchpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly access: TouchpointAccess,
    private readonly contacts: ContactService,
    private readonly consents: ContactConsentService,
    private readonly health: HealthService,
    private readonly journal: TouchpointJournal,
  ) {}

  /** The first due date may not lie before the day it is planned (the command's today). */
  plan(
    command: CommandContext,
    input: PlanTouchpointInput,
    id: string = randomUUID(),
  ): Promise<Touchpoint> {
    const today = isoDateOf(command.clock.now());
    if (input.nextDate < today) throw TouchpointException.dueInThePast(today);
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      const contact = isUuid(input.contactId)
        ? await manager.findOneBy(Contact, { id: input.contactId })
        : null;
      if (contact?.accountId !== account.id) throw ContactException.notOfAccount(input.contactId);
      if (!contact.active) throw ContactException.inactive(contact, 'plan touchpoints with them');
      await this.consents.assertMayPlan(manager, contact, input.channel);
      const touchpoint = await manager.save(
        manager.create(Touchpoint, {
          ...input,
          id,
          accountId: account.id,
          ownerId: input.ownerId ?? command.user.id,
          status: TouchpointStatus.PLANNED,
          plannedBy: command.user.id,
          lastDoneAt: null,
        }),
      );
      await this.journal.record(command, manager, touchpoint, 'PLANNED', touchpoint.createdAt);
      return touchpoint;
    });
  }

  /** It took place (at `doneAt`, default now): the next date follows the cadence; ONCE is DONE. */
  complete(command: CommandContext, id: string, doneAt?: Date): Promise<Touchpoint> {
    const at = doneAt ?? command.clock.now();
    if (at > command.clock.now()) throw TouchpointException.doneInTheFuture();
    return inTransaction(this.dataSource, command, async (manager) => {
      const touchpoint = await this.access.requireChangeable(command, manager, id, {
        ownerMay: true,
      });
      const next = nextDueDate(touchpoint.cadence, touchpoint.nextDate, isoDateOf(at));
      const status = next ? TouchpointStatus.PLANNED : TouchpointStatus.DONE;
      touchpointLifecycle.assert(touchpoint.status, status);
      touchpoint.status = status;
      touchpoint.lastDoneAt = at;
      if (next) touchpoint.nextDate = next;
      const saved = await manager.save(touchpoint);
      await this.journal.record(command, manager, saved, 'COMPLETED', saved.updatedAt);
      await this.contacts.noteInteraction(command, manager, saved.contactId, at);
      await this.health.recompute(command, manager, touchpoint.accountId);
      return saved;
    });
  }

  cancel(command: CommandContext, id: string): Promise<Touchpoint> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const touchpoint = await this.access.requireChangeable(command, manager, id, {
        ownerMay: false,
      });
      touchpointLifecycle.assert(touchpoint.status, TouchpointStatus.CANCELLED);
      touchpoint.status = TouchpointStatus.CANCELLED;
      const saved = await manager.save(touchpoint);
      await this.journal.record(command, manager, saved, 'CANCELLED', saved.updatedAt);
      return saved;
    });
  }
}
