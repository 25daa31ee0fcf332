import { AccountOwnerChanged, KeyAccountDesignated, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import type { AccountPlanOwnerService } from '../account-plan-owner.service';

/**
 * Plans follow their key account to its new account manager. A separate
 * consumer from the projections: plans are the service's own state, and a
 * projection replay never runs this again.
 */
export function planOwnerSubscriber(owners: AccountPlanOwnerService, clock: Clock): SubscriberSpec {
  return {
    groupId: 'planning.account-plans',
    topics: [Topics.account],
    handlers: [
      on(AccountOwnerChanged, (event, context) =>
        owners.follow(eventCommand('planning', context, clock), {
          accountId: event.data.accountId,
          ownerId: event.data.ownerId,
          tier: event.data.tier,
          at: event.data.changedAt,
        }),
      ),
      on(KeyAccountDesignated, (event, context) =>
        owners.follow(eventCommand('planning', context, clock), {
          accountId: event.data.accountId,
          ownerId: event.data.accountManagerId,
          tier: 'KEY',
          at: event.data.designatedAt,
        }),
      ),
    ],
  };
}
