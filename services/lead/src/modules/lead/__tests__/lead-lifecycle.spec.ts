import { isOpenLead, leadLifecycle } from '../lead-lifecycle';
import { LeadStatus } from '../lead-status';

const { NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CONVERTED } = LeadStatus;
const all = Object.values(LeadStatus);

describe('lead lifecycle', () => {
  it('allows exactly NEW -> CONTACTED -> QUALIFIED -> CONVERTED, and DISQUALIFIED from every open status', () => {
    const legal = all.flatMap((from) =>
      all.filter((to) => leadLifecycle.can(from, to)).map((to) => `${from}->${to}`),
    );
    expect(legal.sort()).toEqual(
      [
        'NEW->CONTACTED',
        'NEW->DISQUALIFIED',
        'CONTACTED->QUALIFIED',
        'CONTACTED->DISQUALIFIED',
        'QUALIFIED->CONVERTED',
        'QUALIFIED->DISQUALIFIED',
      ].sort(),
    );
  });

  it('refuses a skipped step with INVALID_TRANSITION and says what to do instead', () => {
    expect(() => leadLifecycle.assert(NEW, QUALIFIED)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'INVALID_TRANSITION',
          from: NEW,
          to: QUALIFIED,
        }),
        message:
          'Lead cannot go from NEW to QUALIFIED. Record the first contact (markLeadContacted) first.',
      }),
    );
  });

  it('treats DISQUALIFIED and CONVERTED as final', () => {
    for (const closed of [DISQUALIFIED, CONVERTED]) {
      expect(isOpenLead(closed)).toBe(false);
      for (const to of all) expect(() => leadLifecycle.assert(closed, to)).toThrow(/closed/);
    }
  });

  it('refuses repeating a step', () => {
    expect(() => leadLifecycle.assert(CONTACTED, CONTACTED)).toThrow(
      'The lead is already CONTACTED.',
    );
  });

  it('counts NEW, CONTACTED and QUALIFIED as open', () => {
    expect(all.filter(isOpenLead)).toEqual([NEW, CONTACTED, QUALIFIED]);
  });
});
