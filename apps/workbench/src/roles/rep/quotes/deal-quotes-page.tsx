import { useState } from 'react';
import { useLiveQuery } from '../../../graphql/use-live-query';
import { QueryState } from '../../../ui/query-state';
import { QuoteCard } from './quote-card';
import { mayHaveOlderQuotes } from './quote-rules';
import { DealQuotesQuery } from './quotes.operations';

/**
 * One page of a deal's quotes, newest first, from `offset`. A full page offers
 * the next, older one, which it then shows after itself: each page is its own
 * query, so the gateway measures 20 quotes at a time however many are shown.
 */
export function DealQuotesPage({
  opportunityId,
  offset,
}: {
  opportunityId: string;
  offset: number;
}) {
  const [quotes, reload] = useLiveQuery({
    query: DealQuotesQuery,
    variables: { opportunityId, offset },
  });
  const [showOlder, setShowOlder] = useState(false);
  return (
    <QueryState
      result={quotes}
      label={offset ? 'older quotes' : 'the quotes'}
      isEmpty={(d) => d.quotes.length === 0}
      empty={offset ? 'No older quotes.' : 'No quote for this deal yet.'}
    >
      {(data) => (
        <>
          {data.quotes.map((quote) => (
            <QuoteCard key={quote.id} quote={quote} onChanged={reload} />
          ))}
          {mayHaveOlderQuotes(data.quotes.length) &&
            (showOlder ? (
              <DealQuotesPage opportunityId={opportunityId} offset={offset + data.quotes.length} />
            ) : (
              <p className="wide">
                <button type="button" className="secondary" onClick={() => setShowOlder(true)}>
                  Show older quotes
                </button>
              </p>
            ))}
        </>
      )}
    </QueryState>
  );
}
