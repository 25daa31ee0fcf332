import {
  graphqlEnum,
  ListArgsOf,
  ListOf,
  type EnumValue,
  type ListSpec,
} from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Order } from './order.entity';

export const OrderSortField = graphqlEnum(
  'OrderSortField',
  ['CREATED_AT', 'ORDER_NUMBER', 'STATUS', 'STATUS_CHANGED_AT', 'TOTAL_NET', 'PLACED_AT'] as const,
  { description: 'What a list of orders is sorted by.' },
);
export type OrderSortField = EnumValue<typeof OrderSortField>;

/**
 * Searched in the order's number and purchasing contact (trigram index
 * ix_order_search, migration 1764300000004) and in its customer's name (the
 * account directory's ix_account_owner_search).
 */
export const orderListing: ListSpec<OrderSortField> = {
  alias: 'o',
  searchColumns: ['order_number', 'purchasing_contact_name'],
  searchRelated: [
    {
      table: 'account_owner',
      alias: 'customer',
      joinOn: 'customer.account_id = o.account_id',
      columns: ['name'],
    },
  ],
  sortBy: {
    CREATED_AT: 'o.createdAt',
    ORDER_NUMBER: 'o.orderNumber',
    STATUS: 'o.status',
    STATUS_CHANGED_AT: 'o.statusChangedAt',
    TOTAL_NET: 'o.totalNet',
    PLACED_AT: 'o.placedAt',
  },
};

@ArgsType()
export class OrderListArgs extends ListArgsOf(OrderSortField, 'CREATED_AT', 'DESC') {}

export const OrderList = ListOf(Order, 'OrderList');
