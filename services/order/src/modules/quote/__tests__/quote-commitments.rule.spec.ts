import { commitmentsOfQuote, type QuotedLine } from '../quote-commitments.rule';

const line = (over: Partial<QuotedLine>): QuotedLine => ({
  productId: '00000000-0000-4000-8000-000000000001',
  sku: 'VAL',
  quantity: '3',
  unitPrice: '100',
  discountPercent: '0',
  netAmount: '300.00',
  ...over,
});

describe('an accepted quote’s lines as contract commitments', () => {
  it('commits each line’s quantity at its net unit price, adding up to the quote to the cent', () => {
    expect(
      commitmentsOfQuote([
        line({ quantity: '7', unitPrice: '95.55', discountPercent: '5', netAmount: '635.41' }),
        line({
          productId: '00000000-0000-4000-8000-000000000002',
          sku: 'PMP',
          quantity: '2.5',
          unitPrice: '19.99',
          discountPercent: '15',
          netAmount: '42.48',
        }),
      ]),
    ).toEqual({
      commitments: [
        {
          productId: '00000000-0000-4000-8000-000000000001',
          price: '90.7725',
          committedQuantity: '7',
        },
        {
          productId: '00000000-0000-4000-8000-000000000002',
          price: '16.9915',
          committedQuantity: '2.5',
        },
      ],
      // 635.4075 -> 635.41 and 42.47875 -> 42.48
      totalNet: '677.89',
    });
  });

  it('refuses a net price a contract price cannot hold exactly, instead of rounding it', () => {
    expect(
      commitmentsOfQuote([
        line({ unitPrice: '33.33', discountPercent: '7.5', netAmount: '92.49' }),
      ]),
    ).toEqual({
      problem: expect.stringContaining("VAL's net price 30.83025 has more than 4 decimals"),
    });
  });

  it('refuses a product on two lines (a contract has one price per product)', () => {
    expect(commitmentsOfQuote([line({}), line({ quantity: '1', netAmount: '100.00' })])).toEqual({
      problem: expect.stringContaining('VAL is on more than one line'),
    });
  });

  it('refuses lines whose amounts would not agree with the quote', () => {
    expect(commitmentsOfQuote([line({ netAmount: '299.99' })])).toEqual({
      problem: 'VAL commits 300.00, its quote line 299.99',
    });
  });
});
