import { Chart } from '../../charts/chart';
import { useLiveQuery } from '../../graphql/use-live-query';
import { day, money, percent } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { TeamFiguresQuery } from './team.operations';

const num = (v: string | null | undefined) => (v == null ? null : Number(v));

/** The team's quarter: each member's attainment against target, and the forecast with weighted pipeline. */
export function TeamFiguresPanels({ teamId, teamName }: { teamId: string; teamName: string }) {
  const [result, reload] = useLiveQuery({ query: TeamFiguresQuery, variables: { teamId } }, 60_000);
  return (
    <Section
      title={`Team ${teamName}: this quarter`}
      className="wide"
      actions={<RefreshButton what="team figures" onClick={reload} busy={result.fetching} />}
    >
      <QueryState
        result={result}
        label="the team's figures"
        isEmpty={(d) => d.teamAttainment.length === 0}
        empty="The team has no members yet."
      >
        {({ teamAttainment, teamForecast }) => {
          const currency = teamAttainment[0].currency;
          const format = (v: number) => money(String(v), currency);
          const members = teamAttainment.map((a) => a.userId);
          const forecastOf = (userId: string) => teamForecast.find((f) => f.userId === userId);
          return (
            <>
              <p className="muted">
                {day(teamAttainment[0].periodStart)} to {day(teamAttainment[0].periodEnd)} ·{' '}
                {teamAttainment
                  .map((a) => `${a.userId} ${percent(a.attainmentPercent)}`)
                  .join(' · ')}
              </p>
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
