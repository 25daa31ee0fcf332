import { AccountStatus } from '../../account/account-enums';
import {
  assessHealth,
  AT_RISK_BELOW,
  HEALTH_RULE_VERSION,
  RECOVERS_AT,
  statusForScore,
  type HealthInputs,
} from '../health-rule';

const healthy: HealthInputs = {
  isKeyAccount: true,
  accountAgeDays: 400,
  orders: {
    currency: 'EUR',
    daysSinceLastOrder: 10,
    revenueLast90Days: '10000.00',
    revenuePrevious90Days: '9000.00',
  },
  openThreats: [],
  coverage: { contactCount: 5, missingRoles: [], coldContacts: [] },
};

const codes = (inputs: HealthInputs) => assessHealth(inputs).reasons.map((r) => r.code);

describe('health rule', () => {
  it('gives a healthy key account 100 without reasons, under its version', () => {
    expect(assessHealth(healthy)).toEqual({
      score: 100,
      reasons: [],
      ruleVersion: HEALTH_RULE_VERSION,
    });
  });

  it('counts days since the last order in two steps', () => {
    const at = (days: number) => ({
      ...healthy,
      orders: { ...healthy.orders, daysSinceLastOrder: days },
    });
    expect(assessHealth(at(90)).score).toBe(100);
    expect(assessHealth(at(91)).reasons).toEqual([
      { code: 'NO_RECENT_ORDERS', message: 'The last order was 91 days ago.', impact: -20 },
    ]);
    expect(assessHealth(at(181)).score).toBe(65);
  });

  it('names an account without orders yet', () => {
    const inputs = { ...healthy, orders: { ...healthy.orders, daysSinceLastOrder: null } };
    expect(assessHealth(inputs).reasons[0]).toMatchObject({ code: 'NO_ORDERS_YET', impact: -10 });
  });

  it('compares the last 90 days with the 90 before, exactly', () => {
    const trend = (last: string, previous: string) => ({
      ...healthy,
      orders: { ...healthy.orders, revenueLast90Days: last, revenuePrevious90Days: previous },
    });
    expect(codes(trend('8000.01', '10000.00'))).toEqual([]);
    expect(assessHealth(trend('8000.00', '10000.00')).reasons).toEqual([
      {
        code: 'REVENUE_FALLING',
        message:
          'Booked revenue of the last 90 days (8000.00 EUR) is 20% below the 90 days before (10000.00 EUR).',
        impact: -15,
      },
    ]);
    expect(codes(trend('5000.00', '10000.00'))).toEqual(['REVENUE_FALLING_SHARPLY']);
    expect(codes(trend('100.00', '0.00'))).toEqual([]);
  });

  it('takes points for each open threat by level, at most 50', () => {
    const threats = (...levels: Array<'LOW' | 'MEDIUM' | 'HIGH'>) => ({
      ...healthy,
      openThreats: levels.map((threatLevel) => ({ competitor: 'Acme', threatLevel })),
    });
    expect(assessHealth(threats('HIGH')).score).toBe(75);
    expect(assessHealth(threats('MEDIUM', 'LOW')).score).toBe(85);
    const many = assessHealth(threats('HIGH', 'HIGH', 'HIGH'));
    expect(many.score).toBe(50);
    expect(many.reasons.map((r) => r.impact)).toEqual([-25, -25]);
  });

  it('weighs coverage gaps and cold contacts for key accounts only', () => {
    const gaps = {
      ...healthy,
      coverage: {
        contactCount: 3,
        missingRoles: ['PURCHASING_OFFICER', 'SENIOR_EXECUTIVE'],
        coldContacts: [{ name: 'Erik Vogel', daysSinceInteraction: 130 }],
      },
    };
    expect(assessHealth(gaps)).toMatchObject({ score: 85 });
    expect(codes(gaps)).toEqual([
      'BUYING_ROLE_UNCOVERED',
      'BUYING_ROLE_UNCOVERED',
      'CONTACT_GONE_COLD',
    ]);
    expect(assessHealth({ ...gaps, isKeyAccount: false }).score).toBe(100);
    const none = {
      ...healthy,
      isKeyAccount: false,
      coverage: { contactCount: 0, missingRoles: [], coldContacts: [] },
    };
    expect(codes(none)).toEqual(['NO_CONTACTS']);
  });

  it('never goes below 0', () => {
    const worst: HealthInputs = {
      ...healthy,
      orders: {
        currency: 'EUR',
        daysSinceLastOrder: 400,
        revenueLast90Days: '0',
        revenuePrevious90Days: '0',
      },
      openThreats: Array(4).fill({ competitor: 'X', threatLevel: 'HIGH' }),
      coverage: {
        contactCount: 0,
        missingRoles: ['A', 'B', 'C', 'D', 'E'],
        coldContacts: [1, 2, 3, 4].map(() => ({ name: 'X', daysSinceInteraction: null })),
      },
    };
    expect(assessHealth(worst).score).toBe(0);
  });
});

describe('status for a score', () => {
  it('enters AT_RISK below the threshold and leaves it only at the higher one', () => {
    expect(statusForScore(AccountStatus.ACTIVE, AT_RISK_BELOW)).toBe(AccountStatus.ACTIVE);
    expect(statusForScore(AccountStatus.ACTIVE, AT_RISK_BELOW - 1)).toBe(AccountStatus.AT_RISK);
    expect(statusForScore(AccountStatus.AT_RISK, RECOVERS_AT - 1)).toBe(AccountStatus.AT_RISK);
    expect(statusForScore(AccountStatus.AT_RISK, RECOVERS_AT)).toBe(AccountStatus.ACTIVE);
  });

  it('leaves a LOST account lost', () => {
    expect(statusForScore(AccountStatus.LOST, 100)).toBe(AccountStatus.LOST);
    expect(statusForScore(AccountStatus.LOST, 0)).toBe(AccountStatus.LOST);
  });
});
