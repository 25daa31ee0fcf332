import {
  listPage,
  loadOne,
  oneByKey,
  oneOrIn,
  onlyUuids,
  readerOf,
  wholeDaysBetween,
  type CommandContext,
  type Listed,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { BuyingRole } from './buying-role';
import type { ContactAccess } from './contact-access';
import { Contact } from './contact.entity';
import { contactListing, type ContactListArgs } from './contact-listing';
import { ContactException } from './contact.exception';
import { recordsOfAccount } from '../account/records-of-account';

/** Reads contacts: by the user's access, or batched per request under a record that grants sight. */
export class ContactReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContactAccess,
  ) {}

  findVisible(command: CommandContext, ids: readonly string[]): Promise<Contact[]> {
    return this.access.findVisible(command, ids);
  }

  /** A page of the contacts of the accounts the caller may see, searched by name, e-mail or title. */
  async page(command: CommandContext, args: ContactListArgs): Promise<Listed<Contact>> {
    const query = await this.access.visible(command);
    if (!query) return { total: 0, items: [] };
    if (args.accountId) query.andWhere('c.account_id = :accountId', { accountId: args.accountId });
    if (args.buyingRole)
      query.andWhere('c.buying_role = :buyingRole', { buyingRole: args.buyingRole });
    if (!args.includeInactive) query.andWhere('c.active');
    return listPage(query, contactListing.spec, args);
  }

  async get(command: CommandContext, id: string): Promise<Contact> {
    const [contact] = await this.findVisible(command, [id]);
    if (!contact) throw ContactException.notFound(id);
    return contact;
  }

  /**
   * The contacts of an account, most influential first, those who left the
   * customer only when asked for; loaded for all accounts of a request at
   * once. Callers have resolved the account, so its visibility is settled.
   */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    options: { buyingRole?: BuyingRole; includeInactive?: boolean } = {},
  ): Promise<Contact[]> {
    const contacts = await recordsOfAccount(command, this.dataSource, Contact, accountId, {
      influence: 'DESC',
      name: 'ASC',
    });
    return contacts.filter(
      (c) =>
        (options.includeInactive || c.active) &&
        (!options.buyingRole || c.buyingRole === options.buyingRole),
    );
  }

  /**
   * The contact a record of the account names, without an access check: for
   * records that grant sight of their contact (a touchpoint to whoever
   * carries it out, a service request to its department, who need to know
   * whom to call). Found among the account's contacts, read once per request
   * for every account it shows (the key-account view lists them anyway, and
   * read its touchpoints' contacts a second time by id); one the account no
   * longer holds is read by id.
   */
  async ofRecord(
    command: CommandContext,
    accountId: string,
    contactId: string,
  ): Promise<Contact | null> {
    const ofAccount = await this.ofAccount(command, accountId, { includeInactive: true });
    return ofAccount.find((c) => c.id === contactId) ?? this.byId(command, contactId);
  }

  /** A contact by id without an access check, batched per request. */
  private byId(command: CommandContext, contactId: string): Promise<Contact | null> {
    return loadOne(command, 'contact.byId', contactId, async (ids) => {
      const rows = await readerOf(this.dataSource, command).findBy(Contact, {
        id: oneOrIn(onlyUuids(ids)),
      });
      return oneByKey(ids, rows, (c) => c.id);
    });
  }

  /** Whole days since the last interaction; null when none is known. */
  daysSinceLastInteraction(command: CommandContext, contact: Contact): number | null {
    return contact.lastInteractionAt
      ? wholeDaysBetween(contact.lastInteractionAt, command.clock.now())
      : null;
  }
}
