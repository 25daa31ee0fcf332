import { useEffect, useState } from 'react';
import { useLiveQuery } from '../../graphql/use-live-query';
import { dateTime } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { TableHead } from '../../ui/table-head';
import { MyLeadsQuery } from './rep.operations';

const openStatuses = ['NEW', 'CONTACTED', 'QUALIFIED'];

/** My leads, newest first; marketing's new ones arrive while the page is open. */
export function MyLeadsPanel({
  selected,
  onOpen,
  changes,
}: {
  selected: string | null;
  onOpen: (id: string) => void;
  changes: number;
}) {
  const [result, reload] = useLiveQuery({ query: MyLeadsQuery }, 20_000);
  const [showClosed, setShowClosed] = useState(false);
  useEffect(() => {
    if (changes) reload();
  }, [changes, reload]);
  return (
    <Section
      title="My leads"
      className="wide"
      actions={
        <>
          <label>
            <input
              type="checkbox"
              checked={showClosed}
              onChange={(e) => setShowClosed(e.target.checked)}
            />{' '}
            Show converted and disqualified
          </label>
          <RefreshButton what="leads" onClick={reload} busy={result.fetching} />
        </>
      }
    >
      <QueryState
        result={result}
        label="leads"
        isEmpty={(d) => d.me.leads.length === 0}
        empty="No leads yet."
      >
        {(data) => {
          const leads = data.me.leads.filter((l) => showClosed || openStatuses.includes(l.status));
          return (
            <div className="table-wrap">
              <table>
                <TableHead columns={['Company', 'Contact', 'Status', 'Next follow-up', 'Source']} />
                <tbody>
                  {leads.map((lead) => (
                    <tr key={lead.id} className={lead.id === selected ? 'selected' : undefined}>
                      <td>
                        <button type="button" className="secondary" onClick={() => onOpen(lead.id)}>
                          {lead.company}
                        </button>
                      </td>
                      <td>{lead.contactName}</td>
                      <td>
                        <StatusBadge
                          value={lead.status}
                          tone={
                            lead.status === 'DISQUALIFIED'
                              ? 'bad'
                              : lead.status === 'CONVERTED'
                                ? 'good'
                                : 'plain'
                          }
                        />
                      </td>
                      <td>{dateTime(lead.nextFollowUpAt)}</td>
                      <td>
                        {lead.source}
                        {lead.campaign && <span className="muted"> · {lead.campaign}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {leads.length === 0 && <p className="empty">No open leads.</p>}
            </div>
          );
        }}
      </QueryState>
    </Section>
  );
}
