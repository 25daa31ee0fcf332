import {
  ContactConsentChanged,
  contactableBySales,
  currentConsent,
  withdrawn,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  assertUserConsentDecision,
  ConsentHistory,
  consentRowsOf,
  eventContextOf,
  inTransaction,
  type CommandContext,
  type ConsentDecisionSpec,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../account/account.entity';
import { TouchpointStatus, type TouchpointChannel } from '../communication-plan/touchpoint-enums';
import { Touchpoint } from '../communication-plan/touchpoint.entity';
import type { TouchpointJournal } from '../communication-plan/touchpoint.journal';
import type { ContactAccess } from '../contact/contact-access';
import type { Contact } from '../contact/contact.entity';
import { ContactConsent } from './contact-consent.entity';
import { ContactConsentException } from './contact-consent.exception';
import { consentChannelOf, touchpointChannelsOf } from './touchpoint-consent';

/**
 * Owns a contact's consent: one row per channel and one ContactConsentChanged
 * per decision (listing its channels). A withdrawal cancels the contact's
 * planned touchpoints on those channels in the same transaction (each with its TouchpointChanged): the plan
 * never keeps a contact nobody may make.
 */
export class ContactConsentService {
  private readonly history: ConsentHistory<ContactConsent>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContactAccess,
    private readonly outbox: Outbox,
    private readonly touchpoints: TouchpointJournal,
  ) {
    this.history = new ConsentHistory(dataSource, ContactConsent, 'contactId');
  }

  /** A decision recorded by a user who may change the contact (as for editing it). */
  record(command: CommandContext, contactId: string, spec: ConsentDecisionSpec): Promise<Contact> {
    assertUserConsentDecision(spec, command.clock.now());
    return inTransaction(this.dataSource, command, async (manager) => {
      const contact = await this.access.requireWritable(command, manager, contactId);
      await this.recordWithin(command, manager, contact, spec);
      return contact;
    });
  }

  /** In the caller's transaction, which has locked the contact's account (or just created it). */
  async recordWithin(
    command: CommandContext,
    manager: EntityManager,
    contact: Contact,
    spec: ConsentDecisionSpec,
  ): Promise<void> {
    const recordedAt = command.clock.now();
    // One row per channel, one event for all.
    const decision = consentRowsOf(spec, recordedAt);
    const { channels, note } = decision;
    if (channels.length === 0) return;
    const { ownerId } = await manager.findOneByOrFail(Account, { id: contact.accountId });
    const stored = await manager.findBy(ContactConsent, { contactId: contact.id });
    const rows = decision.rows.map((row) =>
      manager.create(ContactConsent, { ...row, contactId: contact.id }),
    );
    await manager.insert(ContactConsent, rows);
    const current = currentConsent([...stored, ...rows]);
    // The touchpoints of every channel the decision leaves withdrawn (a late, earlier-dated consent does not count).
    const cancelledChannels = channels.filter((c) => withdrawn(current, c));
    const cancelled = cancelledChannels.length
      ? await this.cancelTouchpoints(command, manager, contact.id, [
          ...new Set(cancelledChannels.flatMap((c) => touchpointChannelsOf(c))),
        ])
      : [];
    await this.outbox.append(
      manager,
      ContactConsentChanged,
      {
        accountId: contact.accountId,
        contactId: contact.id,
        accountOwnerId: ownerId,
        channels,
        given: spec.given,
        source: spec.source,
        recordedBy: spec.recordedBy,
        effectiveAt: spec.effectiveAt.toISOString(),
        ...(note ? { note } : {}),
        contactableBySales: contactableBySales(current) !== false,
        cancelledTouchpointIds: cancelled,
        recordedAt: recordedAt.toISOString(),
      },
      eventContextOf(command),
    );
  }

  /** Refuses a touchpoint over a channel the contact withdrew consent for (CONSENT_WITHDRAWN). */
  async assertMayPlan(
    manager: EntityManager,
    contact: Contact,
    channel: TouchpointChannel,
  ): Promise<void> {
    const needed = consentChannelOf(channel);
    const known = await manager.findBy(ContactConsent, { contactId: contact.id, channel: needed });
    if (withdrawn(currentConsent(known), needed))
      throw ContactConsentException.withdrawn(contact, needed, channel);
  }

  /** Every decision on the contact, newest first; all contacts of one request in one query. */
  historyOf(command: CommandContext, contactId: string): Promise<ContactConsent[]> {
    return this.history.historyOf(command, contactId);
  }

  /** The decision in force on each channel that has one, in the channels' order. */
  currentOf(command: CommandContext, contactId: string): Promise<ContactConsent[]> {
    return this.history.currentOf(command, contactId);
  }

  private async cancelTouchpoints(
    command: CommandContext,
    manager: EntityManager,
    contactId: string,
    channels: TouchpointChannel[],
  ): Promise<string[]> {
    const open = await manager.find(Touchpoint, {
      where: { contactId, status: TouchpointStatus.PLANNED, channel: In(channels) },
      order: { nextDate: 'ASC' },
    });
    for (const touchpoint of open) {
      touchpoint.status = TouchpointStatus.CANCELLED;
      const saved = await manager.save(touchpoint);
      await this.touchpoints.record(command, manager, saved, 'CANCELLED', saved.updatedAt);
    }
    return open.map((t) => t.id);
  }
}
