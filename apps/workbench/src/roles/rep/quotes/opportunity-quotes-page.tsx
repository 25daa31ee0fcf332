import { useAction } from '../../../graphql/use-action';
import { useLiveQuery } from '../../../graphql/use-live-query';
import { Link } from '../../../routing/link';
import { ErrorList } from '../../../ui/error-list';
import { Field, required } from '../../../ui/fields';
import { humanize, isoDay, money } from '../../../ui/format';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { QuoteCard } from './quote-card';
import { linesFromDeal } from './quote-rules';
import { CreateQuote, DealForQuoteQuery, DealQuotesQuery } from './quotes.operations';

/**
 * A deal's quotes, for the rep on a customer visit: make one from the deal
 * (its products priced from the price list), then send, revise, mark the
 * customer's answer and open the printable quote.
 */
export default function OpportunityQuotesPage({ params }: { params: Record<string, string> }) {
  const [deal] = useLiveQuery({ query: DealForQuoteQuery, variables: { id: params.id } });
  const [quotes, reload] = useLiveQuery({
    query: DealQuotesQuery,
    variables: { opportunityId: params.id },
  });
  const create = useAction(CreateQuote);
  return (
    <>
      <p>
        <Link href="/rep">Back to my day</Link>
      </p>
      <QueryState result={deal} label="the deal">
        {({ opportunity }) => (
          <>
            <h1>Quotes for {opportunity.name}</h1>
            <p className="muted">
              {humanize(opportunity.stage)} · {money(opportunity.amount, opportunity.currency)} ·{' '}
              {opportunity.products.map((p) => p.product.name).join(', ') || 'no products yet'}
            </p>
            <div className="grid">
              <Section title="New quote from this deal">
                <form
                  className="inline-form"
                  aria-label="New quote from this deal"
                  onSubmit={async (event) => {
                    event.preventDefault();
                    const f = new FormData(event.currentTarget);
                    const made = await create.run({
                      input: {
                        accountId: opportunity.accountId,
                        opportunityId: opportunity.id,
                        currency: opportunity.currency,
                        validUntil: required(f, 'validUntil'),
                        terms: required(f, 'terms'),
                        lines: linesFromDeal(opportunity.products),
                      },
                    });
                    if (made) reload();
                  }}
                >
                  <Field
                    label="Valid until"
                    name="validUntil"
                    type="date"
                    defaultValue={isoDay(30)}
                    required
                  />
                  <Field
                    label="Terms"
                    name="terms"
                    defaultValue="Net 30 days, delivery ex works."
                  />
                  <p className="muted">
                    One line per product of the deal, priced from the customer’s price list (else
                    the catalogue).
                  </p>
                  <ErrorList errors={create.errors} />
                  <div className="form-buttons">
                    <button type="submit" disabled={create.busy}>
                      Make the quote
                    </button>
                  </div>
                </form>
              </Section>
              <QueryState
                result={quotes}
                label="the quotes"
                isEmpty={(d) => d.quotes.length === 0}
                empty="No quote for this deal yet."
              >
                {(data) =>
                  data.quotes.map((quote) => (
                    <QuoteCard key={quote.id} quote={quote} onChanged={reload} />
                  ))
                }
              </QueryState>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
