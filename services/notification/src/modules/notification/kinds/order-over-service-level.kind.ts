import { OrderServiceLevelBreached } from '@salesgraph/events';
import { notificationKind } from './notification-kind-mapping';

/**
 * For the seller credited with the order: it is theirs to act on when it is a
 * draft, and their customer's order is late when order administration is.
 * Order administration sees the breach in its own queue.
 */
export const orderOverServiceLevelKind = notificationKind(
  'ORDER_OVER_SERVICE_LEVEL',
  OrderServiceLevelBreached,
  'An order waited in its status longer than its service level: for the seller credited with it.',
  (d) => [
    {
      recipientId: d.creditedTo,
      title: `Order ${d.orderNumber} over its service level`,
      body:
        d.responsible === 'SELLER'
          ? `Order ${d.orderNumber} is still a draft after ${d.serviceLevelBusinessDays} business days: it waits for you to place it.`
          : `Order ${d.orderNumber} has waited in ${d.status} longer than ${d.serviceLevelBusinessDays} business days for order administration to ${d.action.toLowerCase()} it.`,
      subjectType: 'Order',
      subjectId: d.orderId,
      accountId: d.accountId,
    },
  ],
);
