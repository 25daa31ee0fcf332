import { choosePrice, type CandidateList } from '../price-list-choice.rule';

const account = 'a0000000-0000-4000-8000-000000000001';
const product = 'b0000000-0000-4000-8000-000000000001';
const other = 'b0000000-0000-4000-8000-000000000002';
const list = (over: Partial<CandidateList>): CandidateList => ({
  id: 'l',
  name: 'list',
  accountId: null,
  segment: 'SMALL',
  currency: 'EUR',
  validFrom: '2026-01-01',
  validTo: null,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  entries: [{ productId: product, unitPrice: '90.00', discountPercent: '0' }],
  ...over,
});
const context = { accountId: account, segment: 'SMALL', currency: 'EUR', on: '2026-05-10' };

describe('price-list-choice-v1', () => {
  it('prefers the account’s own list to its segment’s, and names the list', () => {
    const lists = [
      list({ id: 'seg', name: 'Small customers 2026' }),
      list({
        id: 'acc',
        name: 'Hooli terms',
        accountId: account,
        segment: null,
        entries: [{ productId: product, unitPrice: '85.00', discountPercent: '2' }],
      }),
    ];
    expect(choosePrice(lists, context, product)).toEqual({
      unitPrice: '85.00',
      discountPercent: '2',
      priceSource: 'ACCOUNT_PRICE_LIST',
      priceListId: 'acc',
      priceListName: 'Hooli terms',
    });
  });

  it('falls back to the segment’s list for products the account’s list lacks', () => {
    const lists = [
      list({ id: 'seg' }),
      list({
        id: 'acc',
        accountId: account,
        segment: null,
        entries: [{ productId: other, unitPrice: '1', discountPercent: '0' }],
      }),
    ];
    expect(choosePrice(lists, context, product)).toMatchObject({
      priceListId: 'seg',
      priceSource: 'SEGMENT_PRICE_LIST',
    });
  });

  it('takes the list that took effect last, and only lists valid on the day, in the currency, of the account’s segment', () => {
    const lists = [
      list({ id: 'old', validFrom: '2026-01-01' }),
      list({ id: 'new', validFrom: '2026-04-01' }),
      list({ id: 'future', validFrom: '2026-06-01' }),
      list({ id: 'ended', validFrom: '2026-04-15', validTo: '2026-05-09' }),
      list({ id: 'chf', validFrom: '2026-05-01', currency: 'CHF' }),
      list({ id: 'large', validFrom: '2026-05-01', segment: 'LARGE' }),
      list({
        id: 'someone-else',
        validFrom: '2026-05-01',
        accountId: 'a0000000-0000-4000-8000-000000000009',
        segment: null,
      }),
    ];
    expect(choosePrice(lists, context, product)?.priceListId).toBe('new');
    expect(choosePrice(lists, { ...context, on: '2026-05-09' }, product)?.priceListId).toBe(
      'ended',
    );
    expect(choosePrice(lists, { ...context, segment: null }, product)).toBeNull();
    expect(choosePrice(lists, context, other)).toBeNull();
  });
});
