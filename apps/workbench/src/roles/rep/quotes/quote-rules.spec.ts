import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  linesFromDeal,
  mayHaveOlderQuotes,
  priceSourceLabel,
  quoteActions,
  quotesPerPage,
} from './quote-rules';

describe('quotes on the rep’s screen', () => {
  it('makes a quote’s lines from the deal’s products, leaving the price to the price list', () => {
    expect(linesFromDeal([{ productId: 'p1', quantity: 3 }, { productId: 'p2' }])).toEqual([
      { productId: 'p1', quantity: '3' },
      { productId: 'p2', quantity: '1' },
    ]);
  });

  it('names each price source', () => {
    expect(
      ['LIST_PRICE', 'ACCOUNT_PRICE_LIST', 'SEGMENT_PRICE_LIST', 'NEGOTIATED', 'OTHER'].map(
        priceSourceLabel,
      ),
    ).toEqual(['List price', 'Account price list', 'Segment price list', 'Negotiated', 'OTHER']);
  });

  it('offers only the actions a quote’s status allows', () => {
    expect(
      ['DRAFT', 'SENT', 'REJECTED', 'ACCEPTED', 'WITHDRAWN'].map((s) => quoteActions(s)),
    ).toEqual([['send', 'revise'], ['accept', 'reject', 'revise'], ['revise'], [], []]);
  });

  it('pages a deal’s quotes as DealQuotes asks for them, offering older ones after a full page', () => {
    const operations = readFileSync(join(__dirname, 'quotes.operations.ts'), 'utf8');
    expect(operations).toMatch(
      new RegExp(`quotes\\(opportunityId: \\$opportunityId, limit: ${quotesPerPage}, `),
    );
    expect([0, quotesPerPage - 1, quotesPerPage].map(mayHaveOlderQuotes)).toEqual([
      false,
      false,
      true,
    ]);
  });
});
