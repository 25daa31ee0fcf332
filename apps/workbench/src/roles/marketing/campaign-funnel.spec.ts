import { campaignFunnel, campaignsOf } from './campaign-funnel';

const lead = (status: string, extra: Record<string, unknown> = {}) => ({
  campaign: 'spring',
  status,
  ownerId: 'u-rep-rita',
  mergeCount: 0,
  ...extra,
});

describe('a campaign’s funnel', () => {
  it('counts captures, merges, assignment, qualification, conversion and disqualification reasons', () => {
    const funnel = campaignFunnel([
      lead('NEW', { ownerId: null, mergeCount: 2 }),
      lead('CONTACTED'),
      lead('QUALIFIED'),
      lead('CONVERTED', { opportunityStage: 'WON' }),
      lead('DISQUALIFIED', { disqualificationReason: 'No budget' }),
      lead('DISQUALIFIED', { disqualificationReason: 'No budget ' }),
      lead('DISQUALIFIED', { disqualificationReason: 'Competitor' }),
    ]);
    expect(funnel).toEqual({
      captured: 9,
      merged: 2,
      leads: 7,
      assigned: 6,
      qualified: 2,
      converted: 1,
      won: 1,
      disqualified: 3,
      reasons: [
        { reason: 'No budget', count: 2 },
        { reason: 'Competitor', count: 1 },
      ],
    });
  });

  it('lists campaigns by their number of leads', () => {
    expect(
      campaignsOf([
        lead('NEW'),
        lead('NEW', { campaign: 'fair' }),
        lead('NEW'),
        lead('NEW', { campaign: null }),
      ]),
    ).toEqual([
      { campaign: 'spring', leads: 2 },
      { campaign: 'fair', leads: 1 },
      { campaign: '(none)', leads: 1 },
    ]);
  });
});
