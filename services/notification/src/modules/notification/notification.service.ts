import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from '@salesgraph/access';
import type { Envelope } from '@salesgraph/events';
import { type CommandContext, inTransaction, readerOf } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsentLedger } from '../consent/consent-ledger';
import type { PreferencesService } from '../preference/preferences.service';
import type { EmailStatus } from './email-status';
import type { NotificationKindMapping } from './kinds/notification-kind-mapping';
import type { NotificationKind } from './kinds/notification-kinds';
import { Notification } from './notification.entity';
import { FeedNotVisibleError, NotificationNotFoundError } from './notification.exception';

export interface FeedFilter {
  kinds?: NotificationKind[];
  unreadOnly?: boolean;
  limit: number;
  offset: number;
}

export interface Feed {
  total: number;
  unread: number;
  items: Notification[];
}

/** Raises notifications from events, and serves each person's feed. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly preferences: PreferencesService,
    /** Events older than this raise notifications without e-mail. */
    private readonly emailMaxAgeMs: number,
    private readonly consents: ConsentLedger,
  ) {}

  /**
   * The notifications one event raises, in the handler's transaction. The
   * inbox already keeps a redelivered event from coming here twice; the
   * unique (event, recipient) makes a replay under another consumer name
   * harmless too. Returns how many are new.
   */
  raise(
    command: CommandContext,
    mapping: NotificationKindMapping,
    event: Envelope,
  ): Promise<number> {
    return inTransaction(this.dataSource, command, async (manager) => {
      if (mapping.consentOf) await this.consents.learn(manager, mapping.consentOf(event));
      return this.raiseLearnt(command, manager, mapping, event);
    });
  }

  /**
   * `raise` for a run of one kind's events in the caller's transaction (`commands[i]` is
   * `events[i]`'s). A kind that does not hold anyone back by consent (no `approaches`) reads
   * none of what its events teach, so their consent facts are learnt in one statement first:
   * a campaign's consent decisions are one upsert, not one per lead.
   */
  async raiseMany(
    commands: CommandContext[],
    mapping: NotificationKindMapping,
    events: Envelope[],
  ): Promise<number> {
    let raised = 0;
    const consentOf = mapping.consentOf;
    if (!consentOf || mapping.approaches) {
      for (const [i, event] of events.entries())
        raised += await this.raise(commands[i], mapping, event);
      return raised;
    }
    return inTransaction(this.dataSource, commands[0], async (manager) => {
      await this.consents.learnMany(manager, events.map(consentOf));
      for (const [i, event] of events.entries())
        raised += await this.raiseLearnt(commands[i], manager, mapping, event);
      return raised;
    });
  }

  /** The notifications of one event, once what it says about consent is learnt. */
  private async raiseLearnt(
    command: CommandContext,
    manager: EntityManager,
    mapping: NotificationKindMapping,
    event: Envelope,
  ): Promise<number> {
    const person = mapping.approaches?.(event);
    // Nobody is prompted to approach a person who withdrew consent to sales contact.
    if (person && (await this.consents.withdrawn(manager, person))) return 0;
    let raised = 0;
    for (const draft of mapping.notify(event)) {
      const email = await this.emailOf(manager, draft.recipientId, mapping.kind);
      if (email.status === 'PENDING' && this.tooOldForEmail(command, event))
        Object.assign(email, { status: 'TOO_OLD', to: null });
      const inserted: unknown[] = await manager.query(
        `INSERT INTO notification (id, recipient_id, kind, title, body, subject_type, subject_id,
           account_id, occurred_at, email_status, email_to, email_next_attempt_at,
           source_event_id, source_event_type)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (source_event_id, recipient_id) DO NOTHING
         RETURNING id`,
        [
          randomUUID(),
          draft.recipientId,
          mapping.kind,
          draft.title,
          draft.body,
          draft.subjectType,
          draft.subjectId,
          draft.accountId ?? null,
          new Date(event.time),
          email.status,
          email.to,
          email.status === 'PENDING' ? command.clock.now() : null,
          event.id,
          event.type,
        ],
      );
      raised += inserted.length;
    }
    return raised;
  }

  async feed(command: CommandContext, userId: string, filter: FeedFilter): Promise<Feed> {
    await this.requireVisible(command, userId);
    const reader = readerOf(this.dataSource, command);
    const query = reader
      .createQueryBuilder(Notification, 'n')
      .where('n.recipientId = :userId', { userId });
    if (filter.kinds?.length) query.andWhere('n.kind IN (:...kinds)', { kinds: filter.kinds });
    const unread = await query.clone().andWhere('n.readAt IS NULL').getCount();
    if (filter.unreadOnly) query.andWhere('n.readAt IS NULL');
    const [items, total] = await query
      .orderBy('n.occurredAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { total, unread, items };
  }

  async unreadCount(
    command: CommandContext,
    userId: string,
    kinds?: NotificationKind[],
  ): Promise<number> {
    await this.requireVisible(command, userId);
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(Notification, 'n')
      .where('n.recipientId = :userId AND n.readAt IS NULL', { userId });
    if (kinds?.length) query.andWhere('n.kind IN (:...kinds)', { kinds });
    return query.getCount();
  }

  /** Only the recipient marks their notifications read: it is their reading, not their manager's. */
  markRead(command: CommandContext, id: string): Promise<Notification> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const notification = await manager.findOneBy(Notification, {
        id,
        recipientId: command.user.id,
      });
      if (!notification) throw new NotificationNotFoundError(id);
      if (!notification.readAt) {
        notification.readAt = command.clock.now();
        await manager.save(notification);
      }
      return notification;
    });
  }

  /** Marks every unread notification of the caller read (of some kinds only, if given); how many. */
  markAllRead(command: CommandContext, kinds?: NotificationKind[]): Promise<number> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const query = manager
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: command.clock.now() })
        .where('recipient_id = :userId AND read_at IS NULL', { userId: command.user.id });
      if (kinds?.length) query.andWhere('kind IN (:...kinds)', { kinds });
      const result = await query.execute();
      return result.affected ?? 0;
    });
  }

  private tooOldForEmail(command: CommandContext, event: Envelope): boolean {
    return command.clock.now().getTime() - new Date(event.time).getTime() > this.emailMaxAgeMs;
  }

  private async requireVisible(command: CommandContext, userId: string): Promise<void> {
    if (userId === command.user.id) return;
    const scope = await this.access.scopeOf(command);
    if (!scope.managesPerson(userId)) throw new FeedNotVisibleError(userId);
  }

  private async emailOf(
    manager: EntityManager,
    recipientId: string,
    kind: NotificationKind | string,
  ): Promise<{ status: EmailStatus; to: string | null }> {
    const preferences = await this.preferences.forRecipient(manager, recipientId);
    if (!(preferences.emailKinds as string[]).includes(kind))
      return { status: 'NOT_WANTED', to: null };
    if (!preferences.emailAddress) return { status: 'NO_ADDRESS', to: null };
    return { status: 'PENDING', to: preferences.emailAddress };
  }
}
