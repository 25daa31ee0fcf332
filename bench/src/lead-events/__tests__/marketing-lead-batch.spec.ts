import { MarketingLeadCapturedData } from '@salesgraph/events';
import { marketingLeadBatch, ruledCountries } from '../marketing-lead-batch';

describe('marketingLeadBatch', () => {
  const batch = marketingLeadBatch('li-x', 100);

  it('keeps the contract marketing publishes under', () => {
    for (const event of batch.events) expect(MarketingLeadCapturedData.parse(event)).toEqual(event);
  });

  it('repeats every tenth lead after the first, re-sent and captured again in turn, so that 91 people remain', () => {
    expect(batch.events).toHaveLength(100);
    expect(batch.distinctLeads).toBe(91);
    expect([batch.resent, batch.recaptured]).toEqual([5, 4]);
    expect(new Set(batch.events.map((e) => e.email)).size).toBe(91);
    // Re-sent copies keep their externalId; recaptured ones bring their own.
    expect(new Set(batch.events.map((e) => e.externalId)).size).toBe(95);
  });

  it('puts every lead in a territory the demo rules cover, with consent, and prefixes it with the tag', () => {
    for (const event of batch.events) {
      expect(ruledCountries).toContain(event.country);
      expect(event.consent.marketing).toBe(true);
      expect(event.externalId.startsWith('li-x-')).toBe(true);
    }
    expect(new Set(batch.events.map((e) => e.country)).size).toBe(ruledCountries.length);
  });

  it('may leave duplicates out', () => {
    expect(marketingLeadBatch('li-y', 20, 0).distinctLeads).toBe(20);
  });
});
