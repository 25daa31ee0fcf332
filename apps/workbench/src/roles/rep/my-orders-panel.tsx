import { useLiveQuery } from '../../graphql/use-live-query';
import { day, humanize, money } from '../../ui/format';
import { OrderStatusBadge } from '../../ui/order-status-badge';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { figures, TableHead } from '../../ui/table-head';
import { MyOrdersQuery } from './rep.operations';

/** My customers' orders, newest first, as order administration moves them. */
export function MyOrdersPanel() {
  const [result, reload] = useLiveQuery({ query: MyOrdersQuery }, 60_000);
  return (
    <Section
      title="My orders"
      className="wide"
      actions={<RefreshButton what="orders" onClick={reload} busy={result.fetching} />}
    >
      <QueryState
        result={result}
        label="orders"
        isEmpty={(d) => d.me.orders.length === 0}
        empty="No orders yet."
      >
        {(data) => (
          <div className="table-wrap">
            <table>
              <TableHead columns={['Order', 'Customer', 'Status', figures('Net'), 'Created']} />
              <tbody>
                {data.me.orders.map((order) => (
                  <tr key={order.id}>
                    <td>
                      {order.orderNumber}
                      {order.kind !== 'AD_HOC' && (
                        <span className="muted"> · {humanize(order.kind)}</span>
                      )}
                    </td>
                    <td>{order.account.name}</td>
                    <td>
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td className="num">{money(order.totalNet, order.currency)}</td>
                    <td>{day(order.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </Section>
  );
}
