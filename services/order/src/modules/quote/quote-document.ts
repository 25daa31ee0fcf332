import { Exact, formatDecimal, formatMoney } from '@salesgraph/service-kit';
import type { UserContact } from '../user/user-directory';
import type { QuoteVersion } from './quote-version.entity';
import type { Quote } from './quote.entity';

/** What the printed quote names beside the quote itself. */
export interface QuoteLetterhead {
  /** The quote's owner, as the order service knows them (a seller never seen: their id). */
  seller: UserContact;
  customer: string;
}

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const money = (amount: string, currency: string) => `${formatMoney(amount)} ${currency}`;

/**
 * The quote version a rep sends: a self-contained HTML page (inline styles,
 * print-friendly, no scripts) with the lines, prices, discounts, totals,
 * validity and terms. Pure; every text from a person is escaped. Costs and
 * margins never appear: the customer reads it.
 */
export function renderQuoteDocument(
  quote: Quote,
  version: QuoteVersion,
  letterhead: QuoteLetterhead,
): string {
  const rows = version.lines
    .map(
      (line) => `
      <tr>
        <td>${line.lineNumber}</td>
        <td>${escape(line.sku)}</td>
        <td>${escape(line.productName)}</td>
        <td class="n">${escape(line.quantity)}</td>
        <td class="n">${money(line.unitPrice, quote.currency)}</td>
        <td class="n">${new Exact(line.discountPercent).isZero() ? '' : `${formatDecimal(line.discountPercent, 2)} %`}</td>
        <td class="n">${money(line.netAmount, quote.currency)}</td>
      </tr>`,
    )
    .join('');
  const terms = version.terms.trim()
    ? `<h2>Terms</h2><p class="terms">${escape(version.terms).replace(/\n/g, '<br>')}</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quote ${escape(quote.quoteNumber)} version ${version.versionNumber}</title>
<style>
  body { font-family: Helvetica, Arial, sans-serif; margin: 2cm; color: #111; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; }
  .n { text-align: right; white-space: nowrap; }
  tfoot td { font-weight: bold; border-bottom: none; }
  .terms { white-space: normal; }
  @media print { body { margin: 1cm; } }
</style>
</head>
<body>
<h1>Quote ${escape(quote.quoteNumber)}</h1>
<p>Version ${version.versionNumber} of ${escape(isoDate(version.createdAt))} &middot; valid until <strong>${escape(version.validUntil)}</strong></p>
<p>From: ${sellerOf(letterhead.seller)}<br>To: ${escape(letterhead.customer)}</p>
<table>
  <thead><tr><th>#</th><th>SKU</th><th>Product</th><th class="n">Quantity</th><th class="n">Unit price</th><th class="n">Discount</th><th class="n">Amount</th></tr></thead>
  <tbody>${rows}
  </tbody>
  <tfoot><tr><td colspan="6">Total (net, ${escape(quote.currency)})</td><td class="n">${money(version.totalNet, quote.currency)}</td></tr></tfoot>
</table>
${terms}
<p>Prices in ${escape(quote.currency)}, excluding taxes. This offer is valid until ${escape(version.validUntil)}.</p>
</body>
</html>
`;
}

/** The seller's name and e-mail (a mailto link), so the customer knows whom to answer. */
function sellerOf(seller: UserContact): string {
  const name = escape(seller.name ?? seller.userId);
  if (!seller.email) return `<span class="seller">${name}</span>`;
  const email = escape(seller.email);
  return `<span class="seller">${name}</span> &middot; <a href="mailto:${email}">${email}</a>`;
}

function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
