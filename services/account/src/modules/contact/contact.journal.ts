import { ContactUpdated, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
import type { Contact } from './contact.entity';

/**
 * Records ContactUpdated for a saved change: an edit, a recorded
 * interaction, or a completed touchpoint that counts as one. Nothing is
 * recorded when no field changed.
 */
export class ContactJournal {
  constructor(private readonly outbox: Outbox) {}

  async recordUpdate(
    manager: EntityManager,
    contact: Contact,
    changedFields: string[],
    context: EventContext,
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
        updatedAt: contact.updatedAt.toISOString(),
      },
      context,
    );
  }
}
