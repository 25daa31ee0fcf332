import type { AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import { onlyUuids } from '../../common/uuid';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import { AccountNotFoundError } from '../account/account.exception';
import { Contact } from './contact.entity';
import { ContactNotFoundError } from './contact.exception';

/** A contact is visible and changeable exactly when its account is (see AccountAccess). */
export class ContactAccess {
  constructor(private readonly access: AccountAccess) {}

  /** A contact of an account the user may change, locked with the account; NOT_FOUND otherwise. */
  async requireWritable(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<Contact> {
    const contact = onlyUuids([id]).length ? await manager.findOneBy(Contact, { id }) : null;
    if (!contact) throw new ContactNotFoundError(id);
    try {
      await this.access.requireWritable(manager, user, contact.accountId);
    } catch (error) {
      throw error instanceof AccountNotFoundError ? new ContactNotFoundError(id) : error;
    }
    // read again now that the account is locked: every change under an account locks it first
    return manager.findOneByOrFail(Contact, { id });
  }

  async findVisible(
    manager: EntityManager,
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<Contact[]> {
    const valid = onlyUuids(ids);
    const owners = await this.access.visibleOwnerIds(manager, user);
    if (valid.length === 0 || owners?.length === 0) return [];
    const query = manager
      .createQueryBuilder(Contact, 'c')
      .innerJoin(Account, 'a', 'a.id = c.account_id')
      .where('c.id IN (:...valid)', { valid });
    if (owners) query.andWhere('a.owner_id IN (:...owners)', { owners });
    return query.getMany();
  }
}
