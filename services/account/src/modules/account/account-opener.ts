import { AccountCreated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import {
  AccountStatus,
  type AccountOrigin,
  type AccountSegment,
  type AccountTier,
} from './account-enums';
import { Account } from './account.entity';
import { AccountException } from './account.exception';

/** What a new account is made of, whichever way it comes (mutation, lead conversion, seed). */
export interface NewAccount {
  id: string;
  name: string;
  domain?: string | null;
  industry?: string | null;
  segment: AccountSegment;
  tier: AccountTier;
  ownerId: string;
  parentAccountId?: string | null;
  origin: AccountOrigin;
  leadId?: string | null;
}

/**
 * Opens an account: the row and its AccountCreated event, in the caller's
 * transaction. AccountCreated doubles as the confirmation to the lead
 * service (with `leadId`) and feeds every service's account directory.
 */
export class AccountOpener {
  constructor(private readonly outbox: Outbox) {}

  /** The caller assesses the new account's health when it has added what belongs to it. */
  async open(command: CommandContext, manager: EntityManager, spec: NewAccount): Promise<Account> {
    if (await manager.existsBy(Account, { id: spec.id }))
      throw AccountException.alreadyExists(spec.id);
    const account = manager.create(Account, {
      ...spec,
      domain: spec.domain ?? null,
      industry: spec.industry ?? null,
      parentAccountId: spec.parentAccountId ?? null,
      leadId: spec.leadId ?? null,
      status: AccountStatus.ACTIVE,
      healthScore: 100,
      healthReasons: [],
    });
    await manager.save(account);
    await this.outbox.append(
      manager,
      AccountCreated,
      {
        accountId: account.id,
        name: account.name,
        ...(account.domain ? { domain: account.domain } : {}),
        ...(account.industry ? { industry: account.industry } : {}),
        segment: account.segment,
        tier: account.tier,
        ownerId: account.ownerId,
        ...(account.parentAccountId ? { parentAccountId: account.parentAccountId } : {}),
        origin: account.origin,
        ...(account.leadId ? { leadId: account.leadId } : {}),
        createdAt: account.createdAt.toISOString(),
      },
      eventContextOf(command),
    );
    return account;
  }
}
