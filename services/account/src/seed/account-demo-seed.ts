import type { EventContext } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AccountServices } from '../account-services';
import type { Caller } from '../common/caller';
import {
  AccountOrigin,
  type AccountSegment,
  type AccountTier,
} from '../modules/account/account-enums';
import { Account } from '../modules/account/account.entity';
import { Contact } from '../modules/contact/contact.entity';
import { demoContacts, toNewContact } from './demo-contacts';
import { seedDemoRecords } from './demo-records';

const correlationId = 'seed:account-demo';
const owners: Record<string, AuthenticatedUser> = Object.fromEntries(
  Object.values(DemoUsers).map((user) => [user.id, user as AuthenticatedUser]),
);

/**
 * The demo accounts of @salesgraph/demo-data with contacts, team, threats,
 * communication plan, proposals and service requests. Written through the
 * services (and so with their events, acted by the account's owner), and
 * idempotent: every record has a fixed id and is skipped when it exists.
 */
export class AccountDemoSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: AccountServices,
    private readonly now = new Date(),
  ) {}

  /** Seeds what is missing; returns how many records it created. */
  async run(): Promise<number> {
    let created = 0;
    for (const demo of Object.values(DemoAccounts)) {
      if (await this.exists(Account, demo.id)) continue;
      await this.dataSource.transaction((manager) =>
        this.services.opener.open(
          manager,
          {
            id: demo.id,
            name: demo.name,
            domain: demo.domain,
            segment: demo.segment as AccountSegment,
            tier: demo.tier as AccountTier,
            ownerId: demo.ownerId,
            origin: AccountOrigin.MANUAL,
          },
          this.context(DemoUsers.admin.id),
        ),
      );
      created += 1;
    }
    for (const demo of demoContacts) {
      if (await this.exists(Contact, demo.id)) continue;
      const ownerId = Object.values(DemoAccounts).find((a) => a.id === demo.accountId)!.ownerId;
      await this.dataSource.transaction((manager) =>
        this.services.contacts.insert(manager, toNewContact(demo, this.now), this.context(ownerId)),
      );
      created += 1;
    }
    created += await seedDemoRecords(this, this.services, this.now);
    await this.assessHealth();
    return created;
  }

  /** The owner of a demo account, acting in the seed's correlation. */
  ownerOf(accountId: string): Caller {
    const account = Object.values(DemoAccounts).find((a) => a.id === accountId)!;
    return { user: owners[account.ownerId], correlationId };
  }

  async exists<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(entity, { id } as never);
  }

  private async assessHealth(): Promise<void> {
    const context: EventContext = { correlationId, actor: { type: 'service', id: 'account' } };
    for (const demo of Object.values(DemoAccounts))
      await this.dataSource.transaction((manager) =>
        this.services.health.recompute(manager, demo.id, context, this.now),
      );
  }

  private context(actorId: string): EventContext {
    return { correlationId, actor: { type: 'user', id: actorId } };
  }
}
