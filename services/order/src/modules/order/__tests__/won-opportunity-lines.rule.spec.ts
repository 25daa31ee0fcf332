import { wonOpportunityLines } from '../won-opportunity-lines.rule';

const valve = 'b0000000-0000-4000-8000-000000000001';
const pump = 'b0000000-0000-4000-8000-000000000003';
const retired = 'b0000000-0000-4000-8000-000000000009';
const sold = new Set([valve, pump]);

describe('lines of a won opportunity', () => {
  it('keeps the lines of products still sold, with their agreed price, and names the others', () => {
    expect(
      wonOpportunityLines(
        {
          currency: 'EUR',
          lines: [
            { productId: valve, quantity: 40, unitPrice: '9.50' },
            { productId: retired, quantity: 1 },
            { productId: pump, quantity: 2 },
          ],
        },
        sold,
        'EUR',
      ),
    ).toEqual({
      requests: [
        { productId: valve, quantity: '40', unitPrice: '9.50' },
        { productId: pump, quantity: '2' },
      ],
      skipped: [retired],
    });
  });

  it.each([
    ['takes list prices when the opportunity was priced in another currency', 'USD', '9.50'],
    [
      'takes the list price when the agreed price is not one an order line accepts',
      'EUR',
      '9.123456',
    ],
  ])('%s', (_, currency, unitPrice) => {
    const { requests } = wonOpportunityLines(
      { currency, lines: [{ productId: valve, quantity: 3, unitPrice }] },
      sold,
      'EUR',
    );
    expect(requests).toEqual([{ productId: valve, quantity: '3' }]);
  });

  it('drafts no lines when the opportunity has none', () => {
    expect(wonOpportunityLines({ currency: 'EUR', lines: [] }, sold, 'EUR')).toEqual({
      requests: [],
      skipped: [],
    });
  });
});
