import { OpportunityStageChangedData, OpportunityWonData } from '@salesgraph/events';
import { OpportunityStage } from '../opportunity-stage';
import { opportunitySnapshot } from '../opportunity-snapshot';
import { Opportunity } from '../opportunity.entity';

describe('opportunitySnapshot', () => {
  const opportunity = Object.assign(new Opportunity(), {
    id: '3f6c0c1e-9d1b-4c0e-8a51-0a2b3c4d5e6f',
    accountId: 'a0000000-0000-4000-8000-000000000001',
    leadId: null,
    name: 'Valves for the new plant',
    ownerId: 'u-rep-rita',
    stage: OpportunityStage.PROPOSAL,
    amount: '25000.00',
    currency: 'EUR',
    probability: 50,
    expectedCloseDate: null,
    products: [
      { productId: 'b0000000-0000-4000-8000-000000000001', quantity: 100, unitPrice: '249.90' },
    ],
    version: 3,
  });

  it('fits the contracts planning and order consume', () => {
    const snapshot = opportunitySnapshot(opportunity);
    expect(
      OpportunityStageChangedData.parse({ ...snapshot, changedAt: new Date().toISOString() }),
    ).toMatchObject(snapshot);
    expect(
      OpportunityWonData.safeParse({
        ...snapshot,
        stage: 'WON',
        lines: [],
        wonAt: new Date().toISOString(),
      }).success,
    ).toBe(true);
  });

  it('carries the product ids and the revision, and leaves out what is unknown', () => {
    const snapshot = opportunitySnapshot(opportunity);
    expect(snapshot.productIds).toEqual(['b0000000-0000-4000-8000-000000000001']);
    expect(snapshot.revision).toBe(3);
    expect(snapshot).not.toHaveProperty('leadId');
    expect(snapshot).not.toHaveProperty('expectedCloseDate');
  });
});
