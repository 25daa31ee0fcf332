import { LeadStatus } from '../../lead/lead-status';
import {
  ASSIGNMENT_POLICY_VERSION,
  describeTerritory,
  heldFromRules,
  nextInRotation,
  noConsentReason,
  ruleMatches,
  rulesMayAssign,
  rulesMayAssignSql,
} from '../assignment-policy';

const territory = (
  country: string | null,
  region: string | null = null,
  segment: string | null = null,
) => ({
  country,
  region,
  segment,
});

describe('ruleMatches', () => {
  it('matches everything when the rule sets no criteria', () => {
    expect(ruleMatches({ countries: [], regions: [], segments: [] }, territory(null))).toBe(true);
  });

  it('needs every criterion the rule sets', () => {
    const rule = { countries: ['DE', 'AT'], regions: [], segments: ['LARGE'] };
    expect(ruleMatches(rule, territory('AT', null, 'LARGE'))).toBe(true);
    expect(ruleMatches(rule, territory('AT', null, 'SMALL'))).toBe(false);
    expect(ruleMatches(rule, territory('FR', null, 'LARGE'))).toBe(false);
  });

  it('does not match a lead that lacks what the rule asks for', () => {
    expect(ruleMatches({ countries: [], regions: [], segments: ['SMALL'] }, territory('DE'))).toBe(
      false,
    );
  });

  it('compares regions ignoring case', () => {
    expect(
      ruleMatches(
        { countries: [], regions: ['Bavaria'], segments: [] },
        territory('DE', 'BAVARIA'),
      ),
    ).toBe(true);
  });

  it('describes the territory for the reason a lead waits', () => {
    expect(describeTerritory(territory('US', null, 'SMALL'))).toBe(
      'country US, region (none), segment SMALL',
    );
  });
});

describe('nextInRotation', () => {
  const reps = ['u-c', 'u-a', 'u-b'];
  const anyone = () => true;

  it('starts with the first rep by id and goes round', () => {
    const order: string[] = [];
    let last: string | null = null;
    for (let i = 0; i < 5; i += 1) order.push((last = nextInRotation(reps, last, anyone)!));
    expect(order).toEqual(['u-a', 'u-b', 'u-c', 'u-a', 'u-b']);
  });

  it('skips reps at their cap and gives up when all are', () => {
    expect(nextInRotation(reps, 'u-a', (rep) => rep !== 'u-b')).toBe('u-c');
    expect(nextInRotation(reps, 'u-c', () => false)).toBeUndefined();
    expect(nextInRotation([], null, anyone)).toBeUndefined();
  });

  it('carries on after a rep who left the team', () => {
    expect(nextInRotation(['u-a', 'u-c'], 'u-b', anyone)).toBe('u-c');
  });
});

describe('which leads the rules may take', () => {
  const waiting = { ownerId: null, status: LeadStatus.NEW, consentToContact: true };

  it('is versioned', () => {
    expect(ASSIGNMENT_POLICY_VERSION).toBe('assignment-v1');
  });

  it('takes an open lead without owner whose contact agreed or was not asked', () => {
    expect(rulesMayAssign(waiting)).toBe(true);
    expect(rulesMayAssign({ ...waiting, consentToContact: null })).toBe(true);
    expect(rulesMayAssign({ ...waiting, status: LeadStatus.QUALIFIED })).toBe(true);
    expect(heldFromRules(waiting)).toBeUndefined();
  });

  it('leaves a lead whose contact refused to a manager, with the reason', () => {
    const refused = { ...waiting, consentToContact: false };
    expect(rulesMayAssign(refused)).toBe(false);
    expect(heldFromRules(refused)).toBe(noConsentReason);
    expect(noConsentReason).toMatch(/not agreed to be contacted/);
  });

  it('never takes a lead that has an owner or is closed', () => {
    expect(rulesMayAssign({ ...waiting, ownerId: 'u-rep' })).toBe(false);
    expect(
      heldFromRules({ ...waiting, ownerId: 'u-rep', consentToContact: false }),
    ).toBeUndefined();
    for (const closed of [LeadStatus.DISQUALIFIED, LeadStatus.CONVERTED]) {
      expect(rulesMayAssign({ ...waiting, status: closed })).toBe(false);
      expect(
        heldFromRules({ ...waiting, status: closed, consentToContact: false }),
      ).toBeUndefined();
    }
  });

  it('says the same in SQL, for picking waiting leads in bulk', () => {
    expect(rulesMayAssignSql('l')).toEqual({
      where:
        'l.owner_id IS NULL AND l.status IN (:...assignableStatuses) AND l.consent_to_contact IS DISTINCT FROM false',
      params: { assignableStatuses: [LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED] },
    });
  });
});
