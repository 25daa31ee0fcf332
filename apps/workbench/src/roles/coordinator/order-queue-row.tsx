import { useEffect } from 'react';
import type { OrderQueuesQuery } from '../../gql/graphql';
import { hasCode, type GraphError } from '../../graphql/graph-errors';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ConsumptionBar } from '../../ui/consumption-bar';
import { ErrorList } from '../../ui/error-list';
import { required, TextAreaField } from '../../ui/fields';
import { age, humanize, money } from '../../ui/format';
import { CancelOrder, ConfirmOrder, FulfilOrder, InvoiceOrder } from './order-queues.operations';
import { cancellable, nextMove, serviceLevelPercent } from './queue-age';

type Entry = OrderQueuesQuery['orderQueues'][number]['entries'][number];

const moveLabels = { confirm: 'Confirm', fulfil: 'Fulfil', invoice: 'Invoice' } as const;

/**
 * One order in a queue and its next move. When someone else moved the order
 * first, the graph answers CONFLICT: the row says so and offers to reload it.
 */
export function OrderQueueRow({
  entry,
  problems,
  onProblems,
  onMoved,
}: {
  entry: Entry;
  problems: GraphError[];
  onProblems: (orderId: string, errors: GraphError[]) => void;
  onMoved: () => void;
}) {
  const { order } = entry;
  const moves = {
    confirm: useAction(ConfirmOrder),
    fulfil: useAction(FulfilOrder),
    invoice: useAction(InvoiceOrder),
  };
  const cancel = useAction(CancelOrder);
  const move = nextMove(order.status);
  const { confirm, fulfil, invoice } = moves;
  useEffect(() => {
    const found = [...confirm.errors, ...fulfil.errors, ...invoice.errors, ...cancel.errors];
    if (found.length) onProblems(order.id, found);
  }, [confirm.errors, fulfil.errors, invoice.errors, cancel.errors, order.id, onProblems]);
  const conflict = hasCode(problems, 'CONFLICT');
  const percent = serviceLevelPercent(entry.since, entry.dueAt, entry.ageMinutes);

  const reload = () => {
    for (const action of [...Object.values(moves), cancel]) action.clear();
    onProblems(order.id, []);
    onMoved();
  };
  return (
    <tr data-order={order.orderNumber}>
      <td>
        {order.orderNumber}
        {order.kind !== 'AD_HOC' && <div className="muted">{humanize(order.kind)}</div>}
      </td>
      <td>{order.account.name}</td>
      <td className="num">{money(order.totalNet, order.currency)}</td>
      <td>
        <ConsumptionBar
          percent={percent}
          label={`Age of ${order.orderNumber} against the service level`}
          warn={entry.overdue}
        />
        {age(entry.ageMinutes)}{' '}
        {entry.overdue ? (
          <span className="badge bad">Overdue</span>
        ) : (
          <span className="muted">({percent} %)</span>
        )}
      </td>
      <td>
        <div className="row-actions">
          {move && (
            <button
              type="button"
              disabled={moves[move].busy}
              onClick={async () =>
                (await moves[move].run({ id: order.id, version: order.version })) && onMoved()
              }
            >
              {moveLabels[move]}
              <span className="sr-only"> {order.orderNumber}</span>
            </button>
          )}
          {cancellable(order.status) && (
            <ActionForm
              label="Cancel"
              context={order.orderNumber}
              submitLabel="Cancel the order"
              errors={[]}
              busy={cancel.busy}
              onSubmit={async (f) => {
                const ok = await cancel.run({
                  id: order.id,
                  version: order.version,
                  reason: required(f, 'reason'),
                });
                if (ok) onMoved();
                return Boolean(ok);
              }}
            >
              <TextAreaField label="Reason" name="reason" required />
            </ActionForm>
          )}
        </div>
        <ErrorList errors={problems}>
          {conflict && (
            <p>
              Someone else moved {order.orderNumber} after you loaded the queue.{' '}
              <button type="button" onClick={reload}>
                Reload the order
              </button>
            </p>
          )}
        </ErrorList>
      </td>
    </tr>
  );
}
