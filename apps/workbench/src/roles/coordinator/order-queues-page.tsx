import { useCallback, useState } from 'react';
import type { GraphError } from '../../graphql/graph-errors';
import { useLiveQuery } from '../../graphql/use-live-query';
import { humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { figures, TableHead } from '../../ui/table-head';
import { OrderQueueRow } from './order-queue-row';
import { OrderQueuesQuery } from './order-queues.operations';

/**
 * Order administration: every queue with its orders' age against the
 * service level, oldest first, and the move each order waits for.
 */
export default function OrderQueuesPage() {
  const [result, reload] = useLiveQuery({ query: OrderQueuesQuery }, 30_000);
  // Errors belong to the order, not to its row: a refresh that moves the
  // order to another queue keeps the message until the coordinator reloads.
  const [problems, setProblems] = useState<Record<string, GraphError[]>>({});
  const report = useCallback(
    (orderId: string, errors: GraphError[]) =>
      setProblems((all) => ({ ...all, [orderId]: errors })),
    [],
  );
  return (
    <>
      <div className="toolbar">
        <h1>Order queues</h1>
        <RefreshButton what="order queues" onClick={reload} busy={result.fetching} />
      </div>
      <QueryState result={result} label="the order queues">
        {({ orderQueues }) => (
          <div className="grid">
            {orderQueues.map((queue) => (
              <Section
                key={queue.status}
                className="wide"
                title={`${humanize(queue.status)}: to ${queue.action.toLowerCase()}`}
                actions={
                  <span>
                    {queue.total} waiting ·{' '}
                    {queue.overdue > 0 ? (
                      <span className="badge bad">{queue.overdue} overdue</span>
                    ) : (
                      'none overdue'
                    )}{' '}
                    · service level {queue.serviceLevel}
                  </span>
                }
              >
                {queue.entries.length === 0 ? (
                  <p className="empty">Nothing waiting.</p>
                ) : (
                  <div className="table-wrap">
                    <table>
                      <TableHead
                        columns={[
                          'Order',
                          'Customer',
                          figures('Net'),
                          'Age against the service level',
                          'Move',
                        ]}
                      />
                      <tbody>
                        {queue.entries.map((entry) => (
                          <OrderQueueRow
                            key={entry.order.id}
                            entry={entry}
                            problems={problems[entry.order.id] ?? []}
                            onProblems={report}
                            onMoved={reload}
                          />
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {queue.total > queue.entries.length && (
                  <p className="muted">
                    The oldest {queue.entries.length} of {queue.total} are shown.
                  </p>
                )}
              </Section>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
