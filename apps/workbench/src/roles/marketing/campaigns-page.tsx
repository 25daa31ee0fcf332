import { useState } from 'react';
import { useLiveQuery } from '../../graphql/use-live-query';
import { SelectField } from '../../ui/fields';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { CampaignFunnelPanel } from './campaign-funnel-panel';
import { campaignsOf } from './campaign-funnel';
import { MarketingLeadsQuery } from './campaigns.operations';

/** Marketing: per campaign, what became of the leads it published. */
export default function CampaignsPage() {
  const [result, reload] = useLiveQuery({ query: MarketingLeadsQuery, variables: {} }, 30_000);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <div className="toolbar">
        <h1>Campaigns</h1>
        <RefreshButton what="campaigns" onClick={reload} busy={result.fetching} />
      </div>
      <QueryState
        result={result}
        label="campaigns"
        isEmpty={(d) => d.leads.length === 0}
        empty="No leads from marketing yet: publish MarketingLeadCaptured events to the marketing topic."
      >
        {({ leads }) => {
          const campaigns = campaignsOf(leads);
          const campaign = chosen ?? campaigns[0].campaign;
          return (
            <>
              <div className="toolbar">
                <SelectField
                  label="Campaign"
                  name="campaign"
                  value={campaign}
                  onChange={(e) => setChosen(e.target.value)}
                  options={campaigns.map((c) => ({
                    value: c.campaign,
                    label: `${c.campaign} (${c.leads} leads)`,
                  }))}
                />
              </div>
              <p className="muted">Campaigns of the newest {leads.length} marketing leads.</p>
              <CampaignFunnelPanel key={campaign} campaign={campaign} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
