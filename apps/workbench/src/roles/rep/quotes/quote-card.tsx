import { useState } from 'react';
import { useClient } from 'urql';
import type { DealQuotesQuery } from '../../../gql/graphql';
import { graphErrors, type GraphError } from '../../../graphql/graph-errors';
import { useAction } from '../../../graphql/use-action';
import { ActionForm } from '../../../ui/action-form';
import { ErrorList } from '../../../ui/error-list';
import { Field, optional, required } from '../../../ui/fields';
import { dateTime, day, humanize, money, percent, quantity } from '../../../ui/format';
import { Section } from '../../../ui/section';
import { figures, TableHead } from '../../../ui/table-head';
import { priceSourceLabel, quoteActions } from './quote-rules';
import {
  AcceptQuote,
  QuoteDocumentQuery,
  RejectQuote,
  ReviseQuote,
  SendQuote,
} from './quotes.operations';

type Quote = DealQuotesQuery['quotes'][number];

/** One quote: its current version's lines (with where each price came from) and what the rep can do next. */
export function QuoteCard({ quote, onChanged }: { quote: Quote; onChanged: () => void }) {
  const send = useAction(SendQuote);
  const revise = useAction(ReviseQuote);
  const accept = useAction(AcceptQuote);
  const reject = useAction(RejectQuote);
  const print = usePrintable(quote.id);
  const actions = quoteActions(quote.status);
  const expected = { quoteId: quote.id, expectedVersion: quote.version };
  const done = (ok: unknown) => {
    if (ok) onChanged();
    return Boolean(ok);
  };
  const v = quote.current;
  return (
    <Section
      title={`${quote.quoteNumber}, version ${quote.currentVersion}: ${humanize(quote.status)}`}
      className="wide"
      actions={
        <button type="button" className="secondary" onClick={print.open} disabled={print.busy}>
          Printable quote<span className="sr-only"> {quote.quoteNumber}</span>
        </button>
      }
    >
      <p className="muted">
        Valid until {day(v.validUntil)}
        {quote.sentAt && ` · sent ${dateTime(quote.sentAt)}`}
        {quote.rejectionReason && ` · rejected: ${quote.rejectionReason}`}
        {quote.orderId && ' · became an order'}
      </p>
      <div className="table-wrap">
        <table>
          <TableHead
            columns={[
              'Product',
              figures('Quantity'),
              figures('Unit price'),
              figures('Discount'),
              'Price from',
              figures('Net'),
            ]}
          />
          <tbody>
            {v.lines.map((line) => (
              <tr key={line.lineNumber}>
                <td>
                  {line.productName} <span className="muted">{line.sku}</span>
                </td>
                <td className="num">{quantity(line.quantity)}</td>
                <td className="num">{money(line.unitPrice, quote.currency)}</td>
                <td className="num">{percent(line.discountPercent)}</td>
                <td data-testid="price-source">{priceSourceLabel(line.priceSource)}</td>
                <td className="num">{money(line.netAmount, quote.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                Total
              </th>
              <td className="num">{money(v.totalNet, quote.currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {v.terms && <p>Terms: {v.terms}</p>}
      <ErrorList errors={[...send.errors, ...print.errors]} />
      <div className="toolbar">
        {actions.includes('send') && (
          <button
            type="button"
            disabled={send.busy}
            onClick={async () => done(await send.run(expected))}
          >
            Send to the customer<span className="sr-only"> {quote.quoteNumber}</span>
          </button>
        )}
        {actions.includes('revise') && (
          <ActionForm
            label="Revise"
            context={quote.quoteNumber}
            submitLabel="Make a new version"
            errors={revise.errors}
            busy={revise.busy}
            onSubmit={async (f) =>
              done(
                await revise.run({
                  input: {
                    ...expected,
                    validUntil: optional(f, 'validUntil'),
                    terms: optional(f, 'terms'),
                  },
                }),
              )
            }
          >
            <Field label="Valid until" name="validUntil" type="date" defaultValue={v.validUntil} />
            <Field label="Terms" name="terms" defaultValue={v.terms} />
          </ActionForm>
        )}
        {actions.includes('accept') && (
          <ActionForm
            label="Mark accepted"
            context={quote.quoteNumber}
            errors={accept.errors}
            busy={accept.busy}
            onSubmit={async (f) =>
              done(await accept.run({ ...expected, note: optional(f, 'note') }))
            }
          >
            <Field label="The customer’s purchasing contact" name="note" />
          </ActionForm>
        )}
        {actions.includes('reject') && (
          <ActionForm
            label="Mark rejected"
            context={quote.quoteNumber}
            errors={reject.errors}
            busy={reject.busy}
            onSubmit={async (f) =>
              done(await reject.run({ ...expected, note: required(f, 'note') }))
            }
          >
            <Field label="Why the customer said no" name="note" required />
          </ActionForm>
        )}
      </div>
    </Section>
  );
}

/** Opens the quote's printable rendering (a complete HTML page from the order service) in a new tab. */
function usePrintable(quoteId: string) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<GraphError[]>([]);
  const open = async () => {
    setBusy(true);
    setErrors([]);
    // Opened before the await: browsers only allow pop-ups in the click itself.
    const tab = window.open('', '_blank');
    const result = await client.query(QuoteDocumentQuery, { id: quoteId }).toPromise();
    setBusy(false);
    const html = result.data?.quote.document;
    if (!html) {
      tab?.close();
      const found = graphErrors(result.error);
      setErrors(
        found.length
          ? found
          : [
              {
                message: 'The printable quote could not be read.',
                code: null,
                correlationId: null,
              },
            ],
      );
      return;
    }
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  };
  return { open, busy, errors };
}
