import { useAction } from '../../graphql/use-action';
import { ErrorList } from '../../ui/error-list';
import { day, humanize, money } from '../../ui/format';
import { OrderStatusBadge } from '../../ui/order-status-badge';
import { Section } from '../../ui/section';
import { figures, TableHead } from '../../ui/table-head';
import type { PanelProps } from './key-account-types';
import { PlaceOrder } from './key-account-actions.operations';

/** The account's orders and call-offs as order administration moves them; drafts are placed here. */
export function AccountOrdersPanel({ account, onChanged }: PanelProps) {
  const place = useAction(PlaceOrder);
  return (
    <Section title="Orders" className="wide">
      <ErrorList errors={place.errors} />
      {account.orders.length === 0 ? (
        <p className="empty">No orders yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <TableHead
              columns={[
                'Order',
                'Kind',
                'Status',
                figures('Net'),
                figures('Margin'),
                'Created',
                'Action',
              ]}
            />
            <tbody>
              {account.orders.map((order) => (
                <tr key={order.id} data-order={order.orderNumber}>
                  <td>{order.orderNumber}</td>
                  <td>{humanize(order.kind)}</td>
                  <td>
                    <OrderStatusBadge status={order.status} />
                  </td>
                  <td className="num">{money(order.totalNet, order.currency)}</td>
                  <td className="num">{money(order.margin, order.currency)}</td>
                  <td>{day(order.createdAt)}</td>
                  <td>
                    {order.status === 'DRAFT' && (
                      <button
                        type="button"
                        disabled={place.busy}
                        onClick={async () =>
                          (await place.run({ id: order.id, version: order.version })) && onChanged()
                        }
                      >
                        Place<span className="sr-only"> {order.orderNumber}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
