import { useState } from 'react';
import { useAction } from '../../graphql/use-action';
import { useLiveQuery } from '../../graphql/use-live-query';
import { ErrorList } from '../../ui/error-list';
import { dateTime, humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { TableHead } from '../../ui/table-head';
import { AssignLead, UnassignedLeadsQuery } from './team.operations';

/** Open leads no rule could place, oldest first, each with why; the manager gives each to a rep. */
export function UnassignedLeadsPanel({ reps }: { reps: string[] }) {
  const [result, reload] = useLiveQuery({ query: UnassignedLeadsQuery }, 30_000);
  const assign = useAction(AssignLead);
  const [owners, setOwners] = useState<Record<string, string>>({});
  return (
    <Section
      title="Unassigned leads"
      className="wide"
      actions={<RefreshButton what="unassigned leads" onClick={reload} busy={result.fetching} />}
    >
      <ErrorList errors={assign.errors} />
      <QueryState
        result={result}
        label="unassigned leads"
        isEmpty={(d) => d.unassignedLeads.length === 0}
        empty="Every lead has an owner."
      >
        {({ unassignedLeads }) => (
          <div className="table-wrap">
            <table>
              <TableHead
                columns={['Company', 'Country', 'Why unassigned', 'Captured', 'Assign to']}
              />
              <tbody>
                {unassignedLeads.map((lead) => (
                  <tr key={lead.id}>
                    <td>
                      {lead.company}
                      <div className="muted">
                        {lead.contactName}
                        {lead.segment && ` · ${humanize(lead.segment)}`}
                        {lead.campaign && ` · ${lead.campaign}`}
                      </div>
                    </td>
                    <td>{lead.country ?? '—'}</td>
                    <td>{lead.unassignedReason}</td>
                    <td>{dateTime(lead.capturedAt)}</td>
                    <td>
                      <div className="row-actions">
                        <label>
                          <span className="sr-only">Rep for {lead.company}</span>
                          <select
                            value={owners[lead.id] ?? reps[0] ?? ''}
                            onChange={(e) => setOwners({ ...owners, [lead.id]: e.target.value })}
                          >
                            {reps.map((rep) => (
                              <option key={rep}>{rep}</option>
                            ))}
                          </select>
                        </label>
                        <button
                          type="button"
                          disabled={assign.busy || reps.length === 0}
                          onClick={async () => {
                            const ownerId = owners[lead.id] ?? reps[0];
                            if (
                              await assign.run({
                                id: lead.id,
                                input: { ownerId, reason: 'Assigned from the workbench' },
                              })
                            )
                              reload();
                          }}
                        >
                          Assign<span className="sr-only"> {lead.company}</span>
                        </button>
                      </div>
                    </td>
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
