import { renderQuoteDocument } from '../quote-document';
import type { QuoteVersion } from '../quote-version.entity';
import type { Quote } from '../quote.entity';

const quote = { quoteNumber: 'QT-000042', currency: 'CHF', sellerId: 'u-rep-rita' } as Quote;
const version = {
  versionNumber: 2,
  createdAt: new Date('2026-05-04T09:00:00Z'),
  validUntil: '2026-06-30',
  terms: 'Net 30',
  totalNet: '116.00',
  totalCost: '114.29',
  margin: '1.71',
  costCurrency: 'CHF',
  lines: [
    {
      lineNumber: 1,
      productId: 'p',
      sku: 'SKU-1',
      productName: 'Valve',
      productLine: 'Valves',
      quantity: '2',
      unitPrice: '58.00',
      discountPercent: '0',
      priceSource: 'NEGOTIATED',
      unitCost: '57.1429',
      costCurrency: 'CHF',
      netAmount: '116.00',
      costAmount: '114.29',
    },
  ],
} as unknown as QuoteVersion;

describe('the printable quote', () => {
  it('names the seller with name and e-mail beside the customer', () => {
    const page = renderQuoteDocument(quote, version, {
      seller: { userId: 'u-rep-rita', name: 'Rita Rep', email: 'rita@salesgraph.dev' },
      customer: 'Acme AG',
    });
    expect(page).toContain(
      'From: <span class="seller">Rita Rep</span> &middot; <a href="mailto:rita@salesgraph.dev">rita@salesgraph.dev</a><br>To: Acme AG',
    );
    expect(page).not.toContain('u-rep-rita');
  });

  it('escapes the seller’s name and e-mail as it does every person’s text', () => {
    const page = renderQuoteDocument(quote, version, {
      seller: { userId: 'u-x', name: '<b>Eve</b> & Co', email: 'eve"@x.dev' },
      customer: 'Acme AG',
    });
    expect(page).toContain('&lt;b&gt;Eve&lt;/b&gt; &amp; Co');
    expect(page).toContain('href="mailto:eve&quot;@x.dev"');
    expect(page).not.toContain('<b>Eve</b>');
  });

  it('falls back to the seller’s id, without a mail link, when the order service never saw their name', () => {
    const page = renderQuoteDocument(quote, version, {
      seller: { userId: 'u-rep-rita', name: null, email: null },
      customer: 'Acme AG',
    });
    expect(page).toContain('From: <span class="seller">u-rep-rita</span><br>To: Acme AG');
    expect(page).not.toContain('mailto:');
  });

  it('shows no cost or margin to the customer', () => {
    const page = renderQuoteDocument(quote, version, {
      seller: { userId: 'u-rep-rita', name: 'Rita Rep', email: 'rita@salesgraph.dev' },
      customer: 'Acme AG',
    });
    expect(page).toContain('116.00 CHF');
    for (const hidden of ['114.29', '57.1429', '1.71']) expect(page).not.toContain(hidden);
  });
});
