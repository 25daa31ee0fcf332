import { NotificationPreferencesChanged } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import {
  type CommandContext,
  eventContextOf,
  inTransaction,
  readerOf,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  allNotificationKinds,
  type NotificationKind,
} from '../notification/kinds/notification-kinds';
import { NotificationPreferences } from './notification-preferences.entity';
import { BadEmailAddressError, NotYourPreferencesError } from './preferences.exception';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a user has not chosen: every kind by e-mail, new kinds included. */
function effective(row: NotificationPreferences | null, userId: string): NotificationPreferences {
  const preferences =
    row ??
    Object.assign(new NotificationPreferences(), {
      userId,
      emailAddress: null,
      chosen: false,
      version: 0,
    });
  return Object.assign(preferences, {
    emailKinds: preferences.chosen ? preferences.emailKinds : [...allNotificationKinds],
  });
}

/** Which kinds reach a user by e-mail, and where; the address follows the user's token. */
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async of(command: CommandContext, userId = command.user.id): Promise<NotificationPreferences> {
    if (userId !== command.user.id && !hasRole(command.user, 'ADMIN'))
      throw new NotYourPreferencesError();
    const row = await readerOf(this.dataSource, command).findOneBy(NotificationPreferences, {
      userId,
    });
    return effective(row, userId);
  }

  /** The preferences a notification for `userId` is raised under. */
  async forRecipient(manager: EntityManager, userId: string): Promise<NotificationPreferences> {
    return effective(await manager.findOneBy(NotificationPreferences, { userId }), userId);
  }

  /**
   * Keeps the address the identity provider gives for the calling user, so
   * that e-mails can reach people who never set one. An address the user
   * chose is not overwritten.
   */
  async learnAddress(command: CommandContext): Promise<void> {
    const address = command.user.email;
    if (!address || !emailPattern.test(address)) return;
    await readerOf(this.dataSource, command).query(
      `INSERT INTO notification_preferences (user_id, email_address) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET email_address = EXCLUDED.email_address
         WHERE notification_preferences.email_address IS NULL`,
      [command.user.id, address],
    );
  }

  update(
    command: CommandContext,
    changes: { emailKinds: NotificationKind[]; emailAddress?: string | null },
  ): Promise<NotificationPreferences> {
    const address = changes.emailAddress?.trim();
    if (address && !emailPattern.test(address)) throw new BadEmailAddressError(address);
    const userId = command.user.id;
    return inTransaction(this.dataSource, command, async (manager) => {
      const current = await manager.findOne(NotificationPreferences, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      const emailAddress =
        changes.emailAddress === undefined
          ? (current?.emailAddress ?? command.user.email ?? null)
          : address || null;
      const emailKinds = [...new Set(changes.emailKinds)].sort();
      const saved = await manager.save(
        Object.assign(current ?? new NotificationPreferences(), {
          userId,
          emailAddress,
          emailKinds,
          chosen: true,
        }),
      );
      await this.outbox.append(
        manager,
        NotificationPreferencesChanged,
        { userId, emailKinds, emailAddress, changedAt: command.clock.now().toISOString() },
        eventContextOf(command),
      );
      return saved;
    });
  }
}
