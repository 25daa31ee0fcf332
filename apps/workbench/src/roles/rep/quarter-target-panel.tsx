import { Chart } from '../../charts/chart';
import { useLiveQuery } from '../../graphql/use-live-query';
import { day, money, percent } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { MyQuarterQuery } from './rep.operations';

/** My target for the quarter against what is booked and invoiced, overall and per product line. */
export function QuarterTargetPanel() {
  const [result] = useLiveQuery({ query: MyQuarterQuery });
  return (
    <Section title="My quarter">
      <QueryState result={result} label="your quarter">
        {({ me: { attainment: a } }) => {
          const eur = (v: number) => money(String(v), a.currency);
          const lines = a.byProductLine;
          return (
            <>
              <dl className="stats">
                <div>
                  <dt>Target</dt>
                  <dd>{a.target ? money(a.target, a.currency) : 'None set'}</dd>
                </div>
                <div>
                  <dt>Booked</dt>
                  <dd>{money(a.booked, a.currency)}</dd>
                </div>
                <div>
                  <dt>Invoiced</dt>
                  <dd>{money(a.invoiced, a.currency)}</dd>
                </div>
                <div>
                  <dt>Attainment</dt>
                  <dd>{percent(a.attainmentPercent)}</dd>
                </div>
              </dl>
              <Chart
                spec={{
                  title: `Target and attainment, ${day(a.periodStart)} to ${day(a.periodEnd)}`,
                  categories: ['Whole quarter', ...lines.map((l) => l.productLine)],
                  series: [
                    { name: 'Target', values: [a.target, ...lines.map((l) => l.target)].map(num) },
                    { name: 'Booked', values: [a.booked, ...lines.map((l) => l.booked)].map(num) },
                    {
                      name: 'Invoiced',
                      values: [a.invoiced, ...lines.map((l) => l.invoiced)].map(num),
                    },
                  ],
                  format: eur,
                }}
              />
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

const num = (v: string | null | undefined) => (v == null ? null : Number(v));
