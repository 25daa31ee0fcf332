import { randomUUID } from 'node:crypto';
import { applyChanges, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import type { HealthService } from '../health/health.service';
import type { ContactAccess } from './contact-access';
import { Contact, type NewContact } from './contact.entity';
import { ContactException } from './contact.exception';
import type { ContactJournal } from './contact.journal';
import type { AddContactInput } from './dto/add-contact.input';
import type { UpdateContactInput } from './dto/update-contact.input';

/**
 * Owns changes to contacts. Every change re-assesses the account's health in
 * the same transaction: coverage of the buying centre and cold contacts are
 * part of it.
 */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
    private readonly access: ContactAccess,
    private readonly health: HealthService,
    private readonly journal: ContactJournal,
  ) {}

  add(command: CommandContext, input: AddContactInput): Promise<Contact> {
    if (input.lastInteractionAt && input.lastInteractionAt > command.clock.now())
      throw ContactException.inTheFuture('lastInteractionAt');
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.accounts.requireWritable(command, manager, input.accountId);
      const contact = await this.insert(command, manager, {
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
      });
      await this.health.recompute(command, manager, account.id);
      return contact;
    });
  }

  /** Inserts a contact and its ContactAdded event, in the caller's transaction. */
  async insert(
    command: CommandContext,
    manager: EntityManager,
    spec: NewContact,
  ): Promise<Contact> {
    const contact = await manager.save(manager.create(Contact, spec));
    await this.journal.recordAdded(command, manager, contact);
    return contact;
  }

  update(command: CommandContext, input: UpdateContactInput): Promise<Contact> {
    const { id, ...changes } = input;
    return this.change(command, id, (contact) => applyChanges(contact, changes));
  }

  /** We spoke to the contact (at `at`, default now): they are no longer cold. */
  recordInteraction(command: CommandContext, id: string, at?: Date): Promise<Contact> {
    const when = at ?? command.clock.now();
    if (when > command.clock.now()) throw ContactException.inTheFuture('at');
    return this.change(command, id, (contact) => {
      if (!contact.active) throw ContactException.inactive(contact, 'record an interaction');
      return laterInteraction(contact, when);
    });
  }

  /**
   * The person left the customer (at `leftAt`, default now): the contact stays,
   * with its history, but is inactive and covers no buying role any more, so
   * the buying centre and the account's health see the gap at once.
   */
  markLeft(command: CommandContext, id: string, leftAt?: Date, note?: string): Promise<Contact> {
    const when = leftAt ?? command.clock.now();
    if (when > command.clock.now()) throw ContactException.inTheFuture('leftAt');
    return inTransaction(this.dataSource, command, async (manager) => {
      const contact = await this.access.requireWritable(command, manager, id);
      if (!contact.active) throw ContactException.alreadyLeft(contact);
      Object.assign(contact, { active: false, leftAt: when, leftNote: note?.trim() || null });
      const saved = await manager.save(contact);
      const account = await manager.findOneByOrFail(Account, { id: contact.accountId });
      await this.journal.recordLeft(command, manager, saved, account.ownerId);
      await this.health.recompute(command, manager, contact.accountId);
      return saved;
    });
  }

  /** Marked as left by mistake, or back at the customer: active again. */
  reinstate(command: CommandContext, id: string): Promise<Contact> {
    return this.change(command, id, (contact) => {
      if (contact.active) throw ContactException.stillActive(contact);
      Object.assign(contact, { active: true, leftAt: null, leftNote: null });
      return ['active'];
    });
  }

  /**
   * A touchpoint that took place is an interaction with its contact,
   * recorded as the contact's change, in the caller's transaction (which has
   * locked the account).
   */
  async noteInteraction(
    command: CommandContext,
    manager: EntityManager,
    contactId: string,
    at: Date,
  ): Promise<void> {
    const contact = await manager.findOneByOrFail(Contact, { id: contactId });
    const changed = laterInteraction(contact, at);
    if (changed.length === 0) return;
    await this.journal.recordUpdate(command, manager, await manager.save(contact), changed);
  }

  /** Applies a change (which names the fields it changed) with its event; no change, no event. */
  private change(
    command: CommandContext,
    id: string,
    apply: (contact: Contact) => string[],
  ): Promise<Contact> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const contact = await this.access.requireWritable(command, manager, id);
      const changedFields = apply(contact);
      if (changedFields.length === 0) return contact;
      const saved = await manager.save(contact);
      await this.journal.recordUpdate(command, manager, saved, changedFields);
      await this.health.recompute(command, manager, contact.accountId);
      return saved;
    });
  }
}

/** An interaction older than the last one known changes nothing. */
function laterInteraction(contact: Contact, at: Date): string[] {
  return !contact.lastInteractionAt || contact.lastInteractionAt < at
    ? applyChanges(contact, { lastInteractionAt: at })
    : [];
}
