import { ContactAdded, ContactLeft, ContactUpdated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { Contact } from './contact.entity';

/**
 * Records a contact's events, keyed by the contact: ContactAdded, then
 * ContactUpdated for every saved change (an edit, a recorded interaction, a
 * completed touchpoint that counts as one, a reinstatement), ContactLeft when
 * the person left the customer. No change, no event.
 */
export class ContactJournal {
  constructor(private readonly outbox: Outbox) {}

  async recordAdded(command: CommandContext, manager: EntityManager, contact: Contact) {
    await this.outbox.append(
      manager,
      ContactAdded,
      {
        accountId: contact.accountId,
        contactId: contact.id,
        name: contact.name,
        ...(contact.title ? { title: contact.title } : {}),
        ...(contact.email ? { email: contact.email } : {}),
        buyingRole: contact.buyingRole,
        influence: contact.influence,
        relationshipStrength: contact.relationshipStrength,
        addedAt: contact.createdAt.toISOString(),
      },
      eventContextOf(command),
    );
  }

  async recordUpdate(
    command: CommandContext,
    manager: EntityManager,
    contact: Contact,
    changedFields: string[],
  ): Promise<void> {
    if (changedFields.length === 0) return;
    await this.outbox.append(
      manager,
      ContactUpdated,
      {
        accountId: contact.accountId,
        contactId: contact.id,
        changedFields,
        name: contact.name,
        buyingRole: contact.buyingRole,
        influence: contact.influence,
        relationshipStrength: contact.relationshipStrength,
        ...(contact.lastInteractionAt
          ? { lastInteractionAt: contact.lastInteractionAt.toISOString() }
          : {}),
        active: contact.active,
        updatedAt: contact.updatedAt.toISOString(),
      },
      eventContextOf(command),
    );
  }

  async recordLeft(
    command: CommandContext,
    manager: EntityManager,
    contact: Contact,
    accountOwnerId: string,
  ): Promise<void> {
    await this.outbox.append(
      manager,
      ContactLeft,
      {
        accountId: contact.accountId,
        contactId: contact.id,
        accountOwnerId,
        name: contact.name,
        buyingRole: contact.buyingRole,
        influence: contact.influence,
        leftAt: contact.leftAt!.toISOString(),
        ...(contact.leftNote ? { note: contact.leftNote } : {}),
        markedBy: command.user.id,
      },
      eventContextOf(command),
    );
  }
}
