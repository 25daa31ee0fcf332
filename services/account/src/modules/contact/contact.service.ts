import { ContactAdded, type EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import { BadInputError } from '@salesgraph/service-kit';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { applyChanges } from '../../common/apply-changes';
import { eventContextFor, type Caller } from '../../common/caller';
import { onlyUuids } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import type { HealthService } from '../health/health.service';
import type { ContactAccess } from './contact-access';
import type { ContactJournal } from './contact.journal';
import { Contact } from './contact.entity';
import { ContactNotFoundError } from './contact.exception';
import type { AddContactInput } from './dto/add-contact.input';
import type { UpdateContactInput } from './dto/update-contact.input';

export type NewContact = Omit<Contact, 'createdAt' | 'updatedAt' | 'version'>;

/**
 * Owns contacts. Every change re-assesses the account's health in the same
 * transaction: coverage of the buying centre and cold contacts are part of it.
 */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccountAccess,
    private readonly health: HealthService,
    private readonly contactAccess: ContactAccess,
    private readonly journal: ContactJournal,
  ) {}

  async add(caller: Caller, input: AddContactInput): Promise<Contact> {
    if (input.lastInteractionAt && input.lastInteractionAt.getTime() > Date.now())
      throw new BadInputError('lastInteractionAt must not be in the future.');
    return this.dataSource.transaction(async (manager) => {
      const account = await this.access.requireWritable(manager, caller.user, input.accountId);
      const context = eventContextFor(caller);
      const contact = await this.insert(
        manager,
        {
          id: randomUUID(),
          accountId: account.id,
          name: input.name,
          title: input.title ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          buyingRole: input.buyingRole,
          influence: input.influence,
          relationshipStrength: input.relationshipStrength,
          lastInteractionAt: input.lastInteractionAt ?? null,
        },
        context,
      );
      await this.health.recompute(manager, account.id, context);
      return contact;
    });
  }

  /** Inserts a contact and its ContactAdded event, in the caller's transaction. */
  async insert(manager: EntityManager, spec: NewContact, context: EventContext): Promise<Contact> {
    const contact = await manager.save(manager.create(Contact, spec));
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
      context,
    );
    return contact;
  }

  async update(caller: Caller, input: UpdateContactInput): Promise<Contact> {
    const { id, ...changes } = input;
    return this.change(caller, id, (contact) => applyChanges(contact, changes));
  }

  /** We spoke to the contact (at `at`, default now): they are no longer cold. */
  async recordInteraction(caller: Caller, id: string, at = new Date()): Promise<Contact> {
    if (at.getTime() > Date.now()) throw new BadInputError('at must not be in the future.');
    // an interaction older than the last one known changes nothing
    return this.change(caller, id, (contact) =>
      !contact.lastInteractionAt || contact.lastInteractionAt < at
        ? applyChanges(contact, { lastInteractionAt: at })
        : [],
    );
  }

  findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Contact[]> {
    return this.contactAccess.findVisible(this.dataSource.manager, user, ids);
  }

  async get(user: AuthenticatedUser, id: string): Promise<Contact> {
    const [contact] = await this.findVisible(user, [id]);
    if (!contact) throw new ContactNotFoundError(id);
    return contact;
  }

  /** Contacts by id without an access check: for records that grant sight of their contact. */
  byIds(ids: readonly string[]): Promise<Contact[]> {
    return this.dataSource.manager.findBy(Contact, { id: In(onlyUuids(ids)) });
  }

  /** Contacts of several accounts, most influential first. */
  ofAccounts(accountIds: readonly string[]): Promise<Contact[]> {
    return this.dataSource.manager.find(Contact, {
      where: { accountId: In([...accountIds]) },
      order: { influence: 'DESC', name: 'ASC' },
    });
  }

  /** Applies a change (which names the fields it changed) with its event; no change, no event. */
  private change(
    caller: Caller,
    id: string,
    apply: (contact: Contact) => string[],
  ): Promise<Contact> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.contactAccess.requireWritable(manager, caller.user, id);
      const changedFields = apply(contact);
      if (changedFields.length === 0) return contact;
      const saved = await manager.save(contact);
      const context = eventContextFor(caller);
      await this.journal.recordUpdate(manager, saved, changedFields, context);
      await this.health.recompute(manager, contact.accountId, context);
      return saved;
    });
  }
}
