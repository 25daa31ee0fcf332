import { batchedReference } from '@salesgraph/service-kit';
import type { OrderService } from './order.service';

/** `_entities` for Order: one query per plan step, filtered by the caller's access. */
export const orderReference = (orders: OrderService) =>
  batchedReference('Order', (ids, context) => orders.findVisible(context.command, ids));
