import { Chart } from '../../charts/chart';
import { useLiveQuery } from '../../graphql/use-live-query';
import { SelectField } from '../../ui/fields';
import { day, money, percent } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { useViewerCurrency } from '../../ui/use-viewer-currency';
import { viewerCurrencies } from '../../ui/viewer-currency';
import { ratesUsed } from './rates-used';
import { TeamFiguresQuery } from './team.operations';

const num = (v: string | null | undefined) => (v == null ? null : Number(v));

/**
 * The team's quarter: each member's attainment against target, and the
 * forecast with weighted pipeline, in the currency the manager picks (each
 * target's own by default), with the rates planning used.
 */
export function TeamFiguresPanels({ teamId, teamName }: { teamId: string; teamName: string }) {
  const [currency, setCurrency] = useViewerCurrency();
  const [result, reload] = useLiveQuery(
    { query: TeamFiguresQuery, variables: { teamId, currency } },
    60_000,
  );
  return (
    <Section
      title={`Team ${teamName}: this quarter`}
      className="wide"
      actions={
        <>
          <SelectField
            label="Currency"
            name="currency"
            value={currency ?? ''}
            onChange={(e) => setCurrency(e.target.value || null)}
            options={viewerCurrencies.map((c) => ({
              value: c,
              label: c || 'Each target’s own',
            }))}
          />
          <RefreshButton what="team figures" onClick={reload} busy={result.fetching} />
        </>
      }
    >
      <QueryState
        result={result}
        label="the team's figures"
        isEmpty={(d) => d.teamAttainment.length === 0}
        empty="The team has no members yet."
      >
        {({ teamAttainment, teamForecast }) => {
          const shown = teamAttainment[0].currency;
          const format = (v: number) => money(String(v), shown);
          const members = teamAttainment.map((a) => a.userId);
          const forecastOf = (userId: string) => teamForecast.find((f) => f.userId === userId);
          const rates = ratesUsed(
            [
              ...teamAttainment.flatMap((a) => [
                ...a.conversions,
                ...(a.targetConversion ? [a.targetConversion] : []),
              ]),
              ...teamForecast.flatMap((f) => f.pipelineConversions),
            ],
            shown,
          );
          return (
            <>
              <p className="muted">
                {day(teamAttainment[0].periodStart)} to {day(teamAttainment[0].periodEnd)} ·{' '}
                {teamAttainment
                  .map((a) => `${a.userId} ${percent(a.attainmentPercent)}`)
                  .join(' · ')}
              </p>
              {rates.length > 0 && (
                <p className="muted" data-testid="rates-used">
                  Converted into {shown}: {rates.join(' · ')}
                </p>
              )}
              <div className="grid">
                <Chart
                  spec={{
                    title: 'Attainment per member',
                    categories: members,
                    series: [
                      { name: 'Target', values: teamAttainment.map((a) => num(a.target)) },
                      { name: 'Booked', values: teamAttainment.map((a) => num(a.booked)) },
                      { name: 'Invoiced', values: teamAttainment.map((a) => num(a.invoiced)) },
                    ],
                    format,
                  }}
                />
                <Chart
                  spec={{
                    title: 'Forecast per member',
                    categories: members,
                    series: [
                      { name: 'Booked', values: members.map((m) => num(forecastOf(m)?.booked)) },
                      {
                        name: 'Weighted pipeline',
                        values: members.map((m) => num(forecastOf(m)?.weightedPipeline)),
                      },
                      {
                        name: 'Forecast',
                        values: members.map((m) => num(forecastOf(m)?.forecast)),
                      },
                      {
                        name: 'Target',
                        values: members.map((m) => num(forecastOf(m)?.target)),
                        marker: true,
                      },
                    ],
                    format,
                  }}
                />
              </div>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
