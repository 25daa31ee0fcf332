import { defineListing } from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Order } from './order.entity';

/**
 * Searched in the order's number and purchasing contact (trigram index
 * ix_order_search, migration 1764300000004) and in its customer's name (the
 * account directory's ix_account_owner_search).
 */
export const orderListing = defineListing({
  name: 'Order',
  what: 'orders',
  item: Order,
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
  defaultSort: 'CREATED_AT',
  defaultDirection: 'DESC',
});
export type OrderSortField = keyof typeof orderListing.SortField;

@ArgsType()
export class OrderListArgs extends orderListing.Args {}
