import { useState } from 'react';
import { useAction } from '../../../graphql/use-action';
import { useLiveQuery } from '../../../graphql/use-live-query';
import { Link } from '../../../routing/link';
import { ErrorList } from '../../../ui/error-list';
import { Field, required } from '../../../ui/fields';
import { humanize, isoDay, money } from '../../../ui/format';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { DealQuotesPage } from './deal-quotes-page';
import { linesFromDeal } from './quote-rules';
import { CreateQuote, DealForQuoteQuery } from './quotes.operations';

/**
 * A deal's quotes, for the rep on a customer visit: make one from the deal
 * (its products priced from the price list), then send, revise, mark the
 * customer's answer and open the printable quote. The newest 20 quotes show
 * first, older ones a page at a time.
 */
export default function OpportunityQuotesPage({ params }: { params: Record<string, string> }) {
  const [deal] = useLiveQuery({ query: DealForQuoteQuery, variables: { id: params.id } });
  // A new quote comes first and moves every page by one: start again from the newest page.
  const [generation, setGeneration] = useState(0);
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
                    if (made) setGeneration((n) => n + 1);
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
              <DealQuotesPage key={generation} opportunityId={params.id} offset={0} />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
