import { registerEnumType } from 'type-graphql';

/** Where an order is in order administration; the values match the event contract's OrderStatus. */
export enum OrderStatus {
  DRAFT = 'DRAFT',
  PLACED = 'PLACED',
  CONFIRMED = 'CONFIRMED',
  FULFILLED = 'FULFILLED',
  INVOICED = 'INVOICED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description:
    'DRAFT -> PLACED -> CONFIRMED -> FULFILLED -> INVOICED, or CANCELLED (with a reason) before fulfilment.',
});

/** An ad hoc order at freely agreed prices, or a call-off against a supply contract at its prices. */
export enum OrderKind {
  AD_HOC = 'AD_HOC',
  CALL_OFF = 'CALL_OFF',
}

registerEnumType(OrderKind, {
  name: 'OrderKind',
  description: 'AD_HOC: a one-off order; CALL_OFF: drawn against an active supply contract.',
});
