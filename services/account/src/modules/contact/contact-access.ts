import { isUuid, onlyUuids, readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { Contact } from './contact.entity';
import { ContactException } from './contact.exception';

/** A contact is visible and changeable exactly when its account is (see AccountAccess). */
export class ContactAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
  ) {}

  /** A contact of an account the user may change, locked with the account; NOT_FOUND otherwise. */
  async requireWritable(
    command: CommandContext,
    manager: EntityManager,
    id: string,
  ): Promise<Contact> {
    const contact = isUuid(id) ? await manager.findOneBy(Contact, { id }) : null;
    if (!contact) throw ContactException.notFound(id);
    await this.accounts.requireWritable(command, manager, contact.accountId, () =>
      ContactException.notFound(id),
    );
    // read again now that the account is locked: every change under an account locks it first
    return manager.findOneByOrFail(Contact, { id });
  }

  async findVisible(command: CommandContext, ids: readonly string[]): Promise<Contact[]> {
    const valid = onlyUuids(ids);
    const query = await this.visible(command);
    if (valid.length === 0 || !query) return [];
    return query.andWhere('c.id IN (:...valid)', { valid }).getMany();
  }

  /** The contacts of the accounts the user may see (alias `c`, its account `a`); null for none. */
  async visible(command: CommandContext): Promise<SelectQueryBuilder<Contact> | null> {
    const owners = await this.accounts.visibleOwners(command);
    if (owners?.length === 0) return null;
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(Contact, 'c')
      .innerJoin(Account, 'a', 'a.id = c.account_id');
    if (owners) query.where('a.owner_id IN (:...owners)', { owners });
    return query;
  }
}
