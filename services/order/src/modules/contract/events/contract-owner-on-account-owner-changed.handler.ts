import { AccountOwnerChanged, KeyAccountDesignated, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import type { ContractOwnerService } from '../contract-owner.service';

/**
 * Supply contracts follow their account to its new owner (the model is
 * planning's plan-owner-on-account-owner-changed). A consumer of its own,
 * apart from the account directory: contracts are the service's own state.
 */
export function contractOwnerSubscriber(
  owners: ContractOwnerService,
  clock: Clock,
): SubscriberSpec {
  return {
    groupId: 'order.contract-owners',
    topics: [Topics.account],
    handlers: [
      on(AccountOwnerChanged, async (event, context) => {
        await owners.follow(eventCommand('order', context, clock), {
          accountId: event.data.accountId,
          ownerId: event.data.ownerId,
          reason: event.data.reason,
          at: event.data.changedAt,
        });
      }),
      on(KeyAccountDesignated, async (event, context) => {
        await owners.follow(eventCommand('order', context, clock), {
          accountId: event.data.accountId,
          ownerId: event.data.accountManagerId,
          reason: 'Designated a key account',
          at: event.data.designatedAt,
        });
      }),
    ],
  };
}
