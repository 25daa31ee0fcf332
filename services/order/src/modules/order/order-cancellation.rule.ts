import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { ForbiddenError } from '@salesgraph/service-kit';
import { OrderStatus } from './order-status';

/**
 * Who may cancel, on top of what the lifecycle allows: order administration
 * (coordinators) from DRAFT, PLACED or CONFIRMED; a seller may withdraw only
 * what order administration has not confirmed yet.
 */
export function assertMayCancel(
  user: AuthenticatedUser,
  order: { orderNumber: string; status: OrderStatus },
): void {
  if (hasRole(user, 'SALES_COORDINATOR')) return;
  if (order.status === OrderStatus.CONFIRMED)
    throw new ForbiddenError(
      `Order ${order.orderNumber} is already confirmed: only order administration can cancel it now.`,
    );
}
