import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  fixedClock,
  inTransaction,
  serviceCommand,
  userCommand,
  type Clock,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AccountComponents } from '../account-components';
import {
  AccountOrigin,
  type AccountSegment,
  type AccountTier,
} from '../modules/account/account-enums';
import { Account } from '../modules/account/account.entity';
import { Contact } from '../modules/contact/contact.entity';
import { serviceName } from '../service-name';
import { demoContacts, toNewContact } from './demo-contacts';
import { seedDemoRecords } from './demo-records';

const correlationId = 'seed:account-demo';
const people: Record<string, AuthenticatedUser> = Object.fromEntries(
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
    private readonly c: AccountComponents,
    private readonly clock: Clock,
  ) {}

  /** Seeds what is missing; returns how many records it created. */
  async run(): Promise<number> {
    const now = this.clock.now();
    let created = 0;
    for (const demo of Object.values(DemoAccounts)) {
      if (await this.exists(Account, demo.id)) continue;
      await this.c.accounts.open(this.as(DemoUsers.admin.id), {
        id: demo.id,
        name: demo.name,
        domain: demo.domain,
        segment: demo.segment as AccountSegment,
        tier: demo.tier as AccountTier,
        ownerId: demo.ownerId,
        origin: AccountOrigin.MANUAL,
      });
      created += 1;
    }
    for (const demo of demoContacts) {
      if (await this.exists(Contact, demo.id)) continue;
      const command = this.ownerOf(demo.accountId);
      await inTransaction(this.dataSource, command, (manager) =>
        this.c.contacts.insert(command, manager, toNewContact(demo, now)),
      );
      created += 1;
    }
    created += await seedDemoRecords(this, this.c, now);
    await this.assessHealth();
    return created;
  }

  /** The owner of a demo account acting in the seed's correlation, at `at` (default now). */
  ownerOf(accountId: string, at?: Date): CommandContext {
    const account = Object.values(DemoAccounts).find((a) => a.id === accountId)!;
    return this.as(account.ownerId, at);
  }

  async exists<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(entity, { id } as never);
  }

  private as(userId: string, at?: Date): CommandContext {
    return userCommand(people[userId], {
      correlationId,
      clock: at ? fixedClock(at) : this.clock,
    });
  }

  private async assessHealth(): Promise<void> {
    const command = serviceCommand(serviceName, this.clock, correlationId);
    for (const demo of Object.values(DemoAccounts))
      await inTransaction(this.dataSource, command, (manager) =>
        this.c.health.recompute(command, manager, demo.id),
      );
  }
}
