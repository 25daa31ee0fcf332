import { randomUUID } from 'node:crypto';
import { AccountActivityLogged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  checkLoggedActivity,
  eventContextOf,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { Account } from '../account/account.entity';
import { recordsOfAccount } from '../account/records-of-account';
import { Contact } from '../contact/contact.entity';
import { ContactException } from '../contact/contact.exception';
import type { ContactService } from '../contact/contact.service';
import type { HealthService } from '../health/health.service';
import { AccountActivity } from './account-activity.entity';
import type { LogAccountActivityInput } from './dto/log-account-activity.input';

/**
 * Calls, e-mails, meetings and visits with a customer. One with a contact
 * is an interaction with them (they are no longer cold), so the account's
 * health is assessed anew. The activity is in the account's history
 * (AccountActivityLogged), its notes and visit report are not: they are for
 * whoever may change the account.
 */
export class AccountActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccountAccess,
    private readonly contacts: ContactService,
    private readonly health: HealthService,
  ) {}

  log(command: CommandContext, input: LogAccountActivityInput): Promise<AccountActivity> {
    const now = command.clock.now();
    checkLoggedActivity(input, now);
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.access.requireWritable(command, manager, input.accountId);
      if (input.contactId) {
        const contact = await manager.findOneBy(Contact, { id: input.contactId });
        if (contact?.accountId !== account.id) throw ContactException.notOfAccount(input.contactId);
        if (!contact.active) throw ContactException.inactive(contact, 'log activities with them');
      }
      const activity = await manager.save(
        manager.create(AccountActivity, {
          id: randomUUID(),
          accountId: account.id,
          contactId: input.contactId ?? null,
          type: input.type,
          subject: input.subject.trim(),
          notes: input.notes ?? null,
          visitReport: input.visitReport ?? null,
          occurredAt: input.occurredAt ?? now,
          createdBy: command.user.id,
        }),
      );
      await this.outbox.append(
        manager,
        AccountActivityLogged,
        {
          accountId: account.id,
          ownerId: account.ownerId,
          activityId: activity.id,
          type: activity.type,
          occurredAt: activity.occurredAt.toISOString(),
          hasVisitReport: activity.visitReport != null,
          ...(activity.contactId ? { contactId: activity.contactId } : {}),
          loggedBy: activity.createdBy,
          loggedAt: activity.createdAt.toISOString(),
        },
        eventContextOf(command),
      );
      if (activity.contactId) {
        await this.contacts.noteInteraction(
          command,
          manager,
          activity.contactId,
          activity.occurredAt,
        );
        await this.health.recompute(command, manager, account.id);
      }
      return activity;
    });
  }

  /** The activities with a customer, newest first, for those who may change the account; batched. */
  async activitiesOf(command: CommandContext, account: Account): Promise<AccountActivity[]> {
    await this.access.requireChangeable(command, account);
    return recordsOfAccount(command, this.dataSource, AccountActivity, account.id, {
      occurredAt: 'DESC',
      createdAt: 'DESC',
    });
  }
}
