import { ConsumptionBar } from '../../ui/consumption-bar';
import { day, money, quantity } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { figures, TableHead } from '../../ui/table-head';
import { CallOffForm } from './call-off-form';
import type { PanelProps } from './key-account-types';

/** Supply contracts: each commitment's consumption, and a mark where it runs behind pace. */
export function ContractsPanel({ account, onChanged }: PanelProps) {
  const active = account.contracts.filter((c) => c.status === 'ACTIVE');
  return (
    <Section
      title="Supply contracts"
      className="wide"
      actions={active.length > 0 && <CallOffForm contracts={active} onCreated={onChanged} />}
    >
      {account.contracts.length === 0 ? (
        <p className="empty">No supply contracts.</p>
      ) : (
        account.contracts.map((contract) => (
          <div key={contract.id} className="table-wrap">
            <table>
              <caption>
                {contract.contractNumber}{' '}
                <StatusBadge
                  value={contract.status}
                  tone={contract.status === 'ACTIVE' ? 'good' : 'plain'}
                />{' '}
                <span className="muted">
                  {day(contract.startDate)} to {day(contract.endDate)}
                </span>
              </caption>
              <TableHead
                columns={[
                  'Product',
                  figures('Committed'),
                  figures('Consumed'),
                  'Consumption',
                  'Pace',
                ]}
              />
              <tbody>
                {contract.commitments.map((c) => {
                  const amount = (v: string) =>
                    c.measure === 'VALUE' ? money(v, contract.currency) : quantity(v);
                  const name = c.product?.sku ?? c.productId;
                  return (
                    <tr key={c.productId}>
                      <td>
                        {name} {c.product && <span className="muted">{c.product.name}</span>}
                      </td>
                      <td className="num">{amount(c.committed)}</td>
                      <td className="num">{amount(c.consumed)}</td>
                      <td>
                        <ConsumptionBar
                          percent={Number(c.consumedPercent)}
                          label={`${name} consumed of ${contract.contractNumber}`}
                          warn={c.behindPace === true}
                        />
                        <span className="muted">
                          {Number(c.consumedPercent).toFixed(0)} %
                          {c.expectedByNow != null && (
                            <> · expected by now {amount(c.expectedByNow)}</>
                          )}
                        </span>
                      </td>
                      <td>
                        {c.behindPace ? (
                          <span className="badge bad">Behind pace</span>
                        ) : c.behindPace === false ? (
                          <span className="badge good">On pace</span>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))
      )}
    </Section>
  );
}
