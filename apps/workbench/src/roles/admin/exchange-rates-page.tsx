import { useState } from 'react';
import { useAction } from '../../graphql/use-action';
import { useLiveQuery } from '../../graphql/use-live-query';
import { ErrorList } from '../../ui/error-list';
import { Field, required } from '../../ui/fields';
import { dateTime, day, isoDay } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { figures, TableHead } from '../../ui/table-head';
import { ExchangeRatesQuery, SetExchangeRate } from './exchange-rates.operations';
import { pairsOf, rateChange } from './rate-history';

/**
 * The admin's exchange-rate table: every rate of every pair, newest first,
 * each with its history; set or correct a rate by hand (a whole file goes
 * through `npm run rates:import -w @salesgraph/planning`).
 */
export default function ExchangeRatesPage() {
  const [result, reload] = useLiveQuery({ query: ExchangeRatesQuery, variables: {} });
  const set = useAction(SetExchangeRate);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <h1>Exchange rates</h1>
      <div className="grid">
        <Section title="Set a rate">
          <form
            className="inline-form"
            aria-label="Set a rate"
            onSubmit={async (event) => {
              event.preventDefault();
              setSaved(null);
              const f = new FormData(event.currentTarget);
              const done = await set.run({
                input: {
                  baseCurrency: required(f, 'baseCurrency').toUpperCase(),
                  quoteCurrency: required(f, 'quoteCurrency').toUpperCase(),
                  effectiveFrom: required(f, 'effectiveFrom'),
                  rate: required(f, 'rate'),
                },
              });
              if (done) {
                const r = done.setExchangeRate;
                setSaved(
                  `1 ${r.baseCurrency} = ${r.rate} ${r.quoteCurrency} from ${day(r.effectiveFrom)}.`,
                );
                reload();
              }
            }}
          >
            <Field label="1 unit of (base)" name="baseCurrency" maxLength={3} required />
            <Field label="is worth (quote)" name="quoteCurrency" maxLength={3} required />
            <Field label="Rate" name="rate" inputMode="decimal" required />
            <Field label="From" name="effectiveFrom" type="date" defaultValue={isoDay()} required />
            <ErrorList errors={set.errors} />
            <div className="form-buttons">
              <button type="submit" disabled={set.busy}>
                Set the rate
              </button>
            </div>
            {saved && <p role="status">{saved}</p>}
          </form>
        </Section>
        <Section
          title="Rates"
          className="wide"
          actions={<RefreshButton what="rates" onClick={reload} busy={result.fetching} />}
        >
          <QueryState
            result={result}
            label="the rates"
            isEmpty={(d) => d.exchangeRates.length === 0}
            empty="No rates yet: figures in other currencies are listed, not counted."
          >
            {({ exchangeRates }) =>
              pairsOf(exchangeRates).map((pair) => (
                <div className="table-wrap" key={pair}>
                  <table>
                    <caption>{pair}</caption>
                    <TableHead columns={['From', figures('Rate'), 'Source', 'History']} />
                    <tbody>
                      {exchangeRates
                        .filter((r) => `${r.baseCurrency}/${r.quoteCurrency}` === pair)
                        .map((r) => (
                          <tr key={r.id}>
                            <td>{day(r.effectiveFrom)}</td>
                            <td className="num">{r.rate}</td>
                            <td>{r.source}</td>
                            <td>
                              <ul>
                                {r.history.map((h) => (
                                  <li key={h.eventId}>
                                    {dateTime(h.occurredAt)}: {rateChange(h)}
                                  </li>
                                ))}
                              </ul>
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              ))
            }
          </QueryState>
        </Section>
      </div>
    </>
  );
}
