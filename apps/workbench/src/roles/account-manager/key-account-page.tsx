import { useLiveQuery } from '../../graphql/use-live-query';
import { Link } from '../../routing/link';
import { humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { StatusBadge } from '../../ui/status-badge';
import { BuyingCentrePanel } from './buying-centre-panel';
import { CommunicationPlanPanel } from './communication-plan-panel';
import { CompetitorThreatsPanel } from './competitor-threats-panel';
import { ContractsPanel } from './contracts-panel';
import { CustomisationProposalsPanel } from './customisation-proposals-panel';
import { HealthPanel } from './health-panel';
import { AccountOrdersPanel } from './account-orders-panel';
import { PlanPanel } from './plan-panel';
import { RelationshipActionsPanel } from './relationship-actions-panel';
import { ServiceRequestsPanel } from './service-requests-panel';
import { KeyAccountQuery } from './key-account.operations';

/**
 * The key-account page: everything the key-account query returns, each part
 * with its actions. It re-reads every 30 s: order administration and the
 * services' events change it while it is open.
 */
export default function KeyAccountPage({ params }: { params: Record<string, string> }) {
  const [result, reload] = useLiveQuery(
    { query: KeyAccountQuery, variables: { id: params.id } },
    30_000,
  );
  return (
    <QueryState result={result} label="the key account">
      {({ account, products }) => {
        const panel = { account, onChanged: reload };
        return (
          <>
            <p>
              <Link href="/accounts">All key accounts</Link>
            </p>
            <div className="toolbar">
              <h1>{account.name}</h1>
              <span>
                {humanize(account.tier)} · {humanize(account.segment)}
                {account.industry && <> · {account.industry}</>} ·{' '}
                <StatusBadge
                  value={account.status}
                  tone={account.status === 'ACTIVE' ? 'good' : 'bad'}
                />
              </span>
              <RefreshButton what="the account" onClick={reload} busy={result.fetching} />
            </div>
            <div className="grid">
              <HealthPanel {...panel} />
              <CompetitorThreatsPanel {...panel} products={products} />
              <BuyingCentrePanel {...panel} />
              <ContractsPanel {...panel} />
              <AccountOrdersPanel {...panel} />
              <PlanPanel {...panel} />
              <RelationshipActionsPanel {...panel} />
              <CommunicationPlanPanel {...panel} />
              <CustomisationProposalsPanel {...panel} products={products} />
              <ServiceRequestsPanel {...panel} />
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
