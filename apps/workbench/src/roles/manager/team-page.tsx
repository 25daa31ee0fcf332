import { useState } from 'react';
import { useLiveQuery } from '../../graphql/use-live-query';
import { SelectField } from '../../ui/fields';
import { QueryState } from '../../ui/query-state';
import { AccountPlansPanel } from './account-plans-panel';
import { KeyAccountsPanel } from './key-accounts-panel';
import { TargetForm } from './target-form';
import { TeamFiguresPanels } from './team-figures-panels';
import { UnassignedLeadsPanel } from './unassigned-leads-panel';
import { MyTeamsQuery } from './team.operations';

/** The sales manager's team: attainment and forecast, leads waiting for an owner, targets, key accounts, plans. */
export default function TeamPage() {
  const [result] = useLiveQuery({ query: MyTeamsQuery });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <h1>My team</h1>
      <QueryState
        result={result}
        label="your teams"
        isEmpty={(d) => d.salesTeams.length === 0}
        empty="You lead no sales team yet."
      >
        {({ salesTeams }) => {
          const team = salesTeams.find((t) => t.id === chosen) ?? salesTeams[0];
          const reps = team.members.filter((m) => m.role === 'SALES_REP').map((m) => m.userId);
          const accountManagers = team.members
            .filter((m) => m.role === 'ACCOUNT_MANAGER')
            .map((m) => m.userId);
          return (
            <>
              {salesTeams.length > 1 && (
                <div className="toolbar">
                  <SelectField
                    label="Team"
                    name="team"
                    value={team.id}
                    onChange={(e) => setChosen(e.target.value)}
                    options={salesTeams.map((t) => ({ value: t.id, label: t.name }))}
                  />
                </div>
              )}
              <div className="grid">
                <TeamFiguresPanels key={team.id} teamId={team.id} teamName={team.name} />
                <UnassignedLeadsPanel reps={reps} />
                <TargetForm members={team.members.map((m) => m.userId)} />
                <KeyAccountsPanel accountManagers={accountManagers} />
                <AccountPlansPanel />
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
