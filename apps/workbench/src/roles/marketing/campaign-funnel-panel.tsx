import { Chart } from '../../charts/chart';
import { useLiveQuery } from '../../graphql/use-live-query';
import { humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { figures, TableHead } from '../../ui/table-head';
import { campaignFunnel } from './campaign-funnel';
import { MarketingLeadsQuery } from './campaigns.operations';

/** One campaign's funnel as a chart, the disqualification reasons, and the leads. */
export function CampaignFunnelPanel({ campaign }: { campaign: string }) {
  const [result] = useLiveQuery(
    {
      query: MarketingLeadsQuery,
      variables: { campaign: campaign === '(none)' ? null : campaign },
    },
    30_000,
  );
  return (
    <div className="grid">
      <QueryState result={result} label={`campaign ${campaign}`}>
        {({ leads }) => {
          const funnel = campaignFunnel(leads);
          const steps: Array<[string, number]> = [
            ['Captured', funnel.captured],
            ['Merged as duplicates', funnel.merged],
            ['Assigned to a rep', funnel.assigned],
            ['Qualified', funnel.qualified],
            ['Converted', funnel.converted],
            ['Won', funnel.won],
            ['Disqualified', funnel.disqualified],
          ];
          return (
            <>
              <Section title={`Funnel of ${campaign}`} className="wide">
                <dl className="stats">
                  {steps.map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
                <Chart
                  spec={{
                    title: `What became of the leads of ${campaign}`,
                    categories: steps.map(([label]) => label),
                    series: [{ name: 'Leads', values: steps.map(([, value]) => value) }],
                    horizontal: true,
                  }}
                  height={280}
                />
              </Section>
              <Section title="Disqualified, and why">
                {funnel.reasons.length === 0 ? (
                  <p className="empty">No lead of this campaign was disqualified.</p>
                ) : (
                  <ul>
                    {funnel.reasons.map((r) => (
                      <li key={r.reason}>
                        {r.reason}{' '}
                        <span className="muted">
                          ({r.count} {r.count === 1 ? 'lead' : 'leads'})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
              <Section title="Leads of the campaign">
                <div className="table-wrap">
                  <table>
                    <TableHead columns={['Company', 'Status', 'Owner', figures('Merges')]} />
                    <tbody>
                      {leads.map((lead) => (
                        <tr key={lead.id}>
                          <td>{lead.company}</td>
                          <td>
                            {humanize(lead.status)}
                            {lead.opportunityStage && (
                              <span className="muted">
                                {' '}
                                · deal {humanize(lead.opportunityStage).toLowerCase()}
                              </span>
                            )}
                          </td>
                          <td>{lead.ownerId ?? 'Unassigned'}</td>
                          <td className="num">{lead.mergeCount}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </Section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
