import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** Where an order is in order administration; the values match the event contract's OrderStatus. */
export const OrderStatus = graphqlEnum(
  'OrderStatus',
  ['DRAFT', 'PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED', 'CANCELLED'],
  {
    description:
      'DRAFT -> PLACED -> CONFIRMED -> FULFILLED -> INVOICED, or CANCELLED (with a reason) before fulfilment.',
  },
);
export type OrderStatus = EnumValue<typeof OrderStatus>;

/** An ad hoc order at freely agreed prices, or a call-off against a supply contract at its prices. */
export const OrderKind = graphqlEnum('OrderKind', ['AD_HOC', 'CALL_OFF'], {
  description: 'AD_HOC: a one-off order; CALL_OFF: drawn against an active supply contract.',
});
export type OrderKind = EnumValue<typeof OrderKind>;
