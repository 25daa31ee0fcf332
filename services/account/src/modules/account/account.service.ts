import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import { NotFoundError } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { In, type DataSource } from 'typeorm';
import { Account } from './account.entity';

/** Owns the account repository; the domain issue fills in the rest. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    readonly outbox: Outbox,
    private readonly directory: TeamDirectory,
  ) {}

  private async visibleOwners(user: AuthenticatedUser): Promise<string[] | undefined> {
    if (hasRole(user, 'ADMIN', 'SALES_COORDINATOR')) return undefined;
    if (user.roles.includes('SALES_MANAGER'))
      return [
        user.id,
        ...(await this.directory.membersManagedBy(this.dataSource.manager, user.id)),
      ];
    return [user.id];
  }

  async list(user: AuthenticatedUser, page: { limit: number; offset: number }): Promise<Account[]> {
    const owners = await this.visibleOwners(user);
    return this.dataSource.manager.find(Account, {
      where: owners ? { ownerId: In(owners) } : {},
      order: { name: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Account[]> {
    const owners = await this.visibleOwners(user);
    return this.dataSource.manager.find(Account, {
      where: { id: In([...ids]), ...(owners ? { ownerId: In(owners) } : {}) },
    });
  }

  async get(user: AuthenticatedUser, id: string): Promise<Account> {
    const [account] = await this.findVisible(user, [id]);
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }
}
