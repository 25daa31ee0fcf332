import { ExchangeRateSet, Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { ProjectionSpec, SubscriberSpec } from '@salesgraph/service-kit';
import { ExchangeRateStore } from './exchange-rate.store';

/**
 * The consumer that keeps the copy of planning's exchange rates: each event
 * is applied in one transaction with its inbox row, so a redelivery is a
 * no-op.
 */
export function exchangeRatesSubscriber(store = new ExchangeRateStore()): SubscriberSpec {
  return {
    groupId: 'order.exchange-rates',
    topics: [Topics.planning],
    handlers: [on(ExchangeRateSet, (event, { manager }) => store.apply(manager, event.data))],
  };
}

/** The rates as a projection `npm run replay` rebuilds from the planning topic. */
export function exchangeRatesProjection(store = new ExchangeRateStore()): ProjectionSpec {
  return {
    name: 'exchange-rates',
    tables: ['exchange_rate'],
    subscribers: [exchangeRatesSubscriber(store)],
  };
}
