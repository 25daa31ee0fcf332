import type { PipelineRow } from '../pipeline-figures';
import { pipelineConversions } from '../pipeline-conversions';

const row = (over: Partial<PipelineRow>): PipelineRow => ({
  opportunityId: 'o',
  expectedCloseDate: '2026-05-20',
  stage: 'NEGOTIATION',
  currency: 'EUR',
  amount: '100.00',
  probability: 50,
  converted: '95.24',
  rate: '1.0500',
  rateEffectiveFrom: '2026-05-01',
  inverse: true,
  rateDate: '2026-05-10',
  inPeriod: true,
  ...over,
});

describe('what a forecast pipeline in other currencies is made of', () => {
  it('groups opportunities by currency and rate, leaving out those in the figures’ currency', () => {
    const rows = [
      row({ amount: '100.00', converted: '95.24' }),
      row({ amount: '200.00', converted: '190.48' }),
      row({ rate: '1.0412', rateEffectiveFrom: '2026-04-01', amount: '10.41', converted: '10.00' }),
      row({
        currency: 'CHF',
        rate: null,
        rateEffectiveFrom: null,
        inverse: false,
        converted: '5.00',
      }),
    ];
    expect(pipelineConversions(rows, 'CHF')).toEqual([
      {
        currency: 'EUR',
        rate: '1.0412',
        rateEffectiveFrom: '2026-04-01',
        inverse: true,
        opportunities: 1,
        amount: '10.41',
        converted: '10.00',
      },
      {
        currency: 'EUR',
        rate: '1.0500',
        rateEffectiveFrom: '2026-05-01',
        inverse: true,
        opportunities: 2,
        amount: '300.00',
        converted: '285.72',
      },
    ]);
  });

  it('lists opportunities without a rate first in their currency, with nothing converted', () => {
    const rows = [
      row({ currency: 'USD', amount: '500.00' }),
      row({
        currency: 'USD',
        rate: null,
        rateEffectiveFrom: null,
        inverse: false,
        converted: null,
      }),
    ];
    expect(pipelineConversions(rows, 'CHF').map((r) => [r.rate, r.converted])).toEqual([
      [null, null],
      ['1.0500', '95.24'],
    ]);
  });
});
