import { useLiveQuery } from '../../graphql/use-live-query';
import { Link } from '../../routing/link';
import { humanize, money } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { figures, TableHead } from '../../ui/table-head';
import { KeyAccountsQuery } from './key-account.operations';

/** The account manager's key accounts, weakest health first. */
export default function KeyAccountsPage() {
  const [result] = useLiveQuery({ query: KeyAccountsQuery });
  return (
    <>
      <h1>Key accounts</h1>
      <QueryState
        result={result}
        label="key accounts"
        isEmpty={(d) => d.accounts.length === 0}
        empty="No key accounts are yours yet: a sales manager designates them."
      >
        {(data) => (
          <div className="table-wrap panel">
            <table>
              <TableHead
                columns={[
                  'Account',
                  'Segment',
                  'Health',
                  figures('Booked this year'),
                  figures('Invoiced'),
                ]}
              />
              <tbody>
                {[...data.accounts]
                  .sort((a, b) => a.health.score - b.health.score)
                  .map((account) => (
                    <tr key={account.id}>
                      <td>
                        <Link href={`/accounts/${account.id}`}>{account.name}</Link>
                      </td>
                      <td>{humanize(account.segment)}</td>
                      <td>
                        {account.health.score}{' '}
                        <StatusBadge
                          value={account.health.status}
                          tone={account.health.status === 'ACTIVE' ? 'good' : 'bad'}
                        />
                      </td>
                      <td className="num">
                        {money(account.revenue?.booked, account.revenue?.currency)}
                      </td>
                      <td className="num">
                        {money(account.revenue?.invoiced, account.revenue?.currency)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
