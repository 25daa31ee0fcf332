import { AccountStatus } from '../../account/account-enums';
import { CommercialFigures } from '../../commercials/commercial-figures';
import {
  GROUP_ROLLUP_VERSION,
  rollUpFigures,
  rollUpHealth,
  type GroupMember,
} from '../group-rollup.rule';

const now = new Date('2026-06-30T12:00:00Z');

function figures(currency: string, booked: string, extra: Partial<CommercialFigures> = {}) {
  return Object.assign(new CommercialFigures(), {
    currency,
    bookedRevenue: booked,
    bookedMargin: '0.00',
    invoicedRevenue: '0.00',
    pendingOrderValue: '0.00',
    revenueLast90Days: '0.00',
    revenuePrevious90Days: '0.00',
    bookedOrderCount: 1,
    lastOrderAt: null,
    ...extra,
  });
}

const member = (
  accountId: string,
  healthScore: number,
  list: CommercialFigures[] = [],
  status: AccountStatus = AccountStatus.ACTIVE,
): GroupMember => ({ accountId, healthScore, status, figures: list });

describe('rollUpFigures', () => {
  it('sums each currency over the group, the one with most booked revenue first', () => {
    const rolled = rollUpFigures(
      'parent',
      [
        member('parent', 90, [
          figures('EUR', '1000.10', {
            bookedMargin: '300.00',
            revenueLast90Days: '600.00',
            revenuePrevious90Days: '400.00',
            lastOrderAt: new Date('2026-06-01T00:00:00Z'),
          }),
        ]),
        member('child', 50, [
          figures('EUR', '2000.05', {
            bookedMargin: '100.00',
            revenueLast90Days: '200.00',
            lastOrderAt: new Date('2026-06-20T00:00:00Z'),
          }),
          figures('USD', '5000.00'),
        ]),
      ],
      now,
    );
    expect(rolled.map((f) => f.currency)).toEqual(['USD', 'EUR']);
    expect(rolled[1]).toMatchObject({
      accountId: 'parent',
      accountIds: ['parent', 'child'],
      bookedRevenue: '3000.15',
      bookedMargin: '400.00',
      marginPercent: '13.3',
      revenueLast90Days: '800.00',
      revenuePrevious90Days: '400.00',
      revenueTrendPercent: '100.0',
      bookedOrderCount: 2,
      lastOrderAt: new Date('2026-06-20T00:00:00Z'),
      daysSinceLastOrder: 10,
    });
  });

  it('has no figures for a group without orders', () => {
    expect(rollUpFigures('a', [member('a', 100), member('b', 100)], now)).toEqual([]);
  });
});

describe('rollUpHealth', () => {
  it('weighs each customer’s score by its booked revenue in the group’s main currency', () => {
    const health = rollUpHealth([
      member('parent', 90, [figures('EUR', '1000.00')]),
      member('big child', 40, [figures('EUR', '3000.00')], AccountStatus.AT_RISK),
      member('small site', 100, [figures('USD', '10.00')]),
    ]);
    // (90 x 1000 + 40 x 3000 + 100 x 0) / 4000 = 52.5 -> 53 (half-up)
    expect(health).toEqual({
      score: 53,
      lowestScore: 40,
      accountCount: 3,
      atRiskCount: 1,
      lostCount: 0,
      ruleVersion: GROUP_ROLLUP_VERSION,
    });
  });

  it('takes the plain mean while nobody has revenue, and leaves lost accounts out', () => {
    expect(
      rollUpHealth([
        member('a', 80),
        member('b', 61),
        member('gone', 10, [figures('EUR', '9999.00')], AccountStatus.LOST),
      ]),
    ).toMatchObject({ score: 71, lowestScore: 61, lostCount: 1, accountCount: 3 });
  });

  it('has no score when every account of the group is lost', () => {
    expect(rollUpHealth([member('a', 30, [], AccountStatus.LOST)])).toMatchObject({
      score: null,
      lowestScore: null,
      lostCount: 1,
    });
  });
});
