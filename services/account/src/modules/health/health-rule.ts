import { Exact } from '@salesgraph/service-kit';
import { AccountStatus } from '../account/account-enums';

/** Travels with every assessment, so a score can be traced to the rule that produced it. */
export const HEALTH_RULE_VERSION = 'health-v1';
/** An account becomes AT_RISK below this score... */
export const AT_RISK_BELOW = 60;
/** ...and recovers only at this score: the gap keeps a borderline account from flapping. */
export const RECOVERS_AT = 70;

export interface HealthReasonData {
  code: string;
  message: string;
  /** Points taken off the score (negative). */
  impact: number;
}

export interface HealthInputs {
  isKeyAccount: boolean;
  accountAgeDays: number;
  /** Booked revenue (confirmed and later) in the account's main currency. */
  orders: {
    currency: string | null;
    daysSinceLastOrder: number | null;
    revenueLast90Days: string;
    revenuePrevious90Days: string;
  };
  openThreats: Array<{ competitor: string; threatLevel: 'LOW' | 'MEDIUM' | 'HIGH' }>;
  coverage: {
    contactCount: number;
    missingRoles: string[];
    coldContacts: Array<{ name: string; daysSinceInteraction: number | null }>;
  };
}

export interface HealthAssessment {
  score: number;
  reasons: HealthReasonData[];
  ruleVersion: string;
}

const threatImpact = { HIGH: -25, MEDIUM: -10, LOW: -5 } as const;

/** Sum of impacts limited to `floor` (a negative number), so one kind of problem cannot dominate. */
function capped(reasons: HealthReasonData[], floor: number): HealthReasonData[] {
  let left = floor;
  return reasons.map((reason) => {
    const impact = Math.max(reason.impact, left);
    left -= impact;
    return { ...reason, impact };
  });
}

function orderReasons(inputs: HealthInputs): HealthReasonData[] {
  const { daysSinceLastOrder, currency } = inputs.orders;
  if (daysSinceLastOrder === null)
    return [
      {
        code: 'NO_ORDERS_YET',
        message: `No order yet since the account was opened ${inputs.accountAgeDays} days ago.`,
        impact: -10,
      },
    ];
  const reasons: HealthReasonData[] = [];
  if (daysSinceLastOrder > 90)
    reasons.push({
      code: 'NO_RECENT_ORDERS',
      message: `The last order was ${daysSinceLastOrder} days ago.`,
      impact: daysSinceLastOrder > 180 ? -35 : -20,
    });
  const last = new Exact(inputs.orders.revenueLast90Days);
  const previous = new Exact(inputs.orders.revenuePrevious90Days);
  if (previous.gt(0)) {
    const change = last.minus(previous).div(previous);
    if (change.lte(-0.2)) {
      const sharp = change.lte(-0.5);
      reasons.push({
        code: sharp ? 'REVENUE_FALLING_SHARPLY' : 'REVENUE_FALLING',
        message:
          `Booked revenue of the last 90 days (${last.toFixed(2)} ${currency}) is ` +
          `${change.neg().times(100).toFixed(0)}% below the 90 days before (${previous.toFixed(2)} ${currency}).`,
        impact: sharp ? -30 : -15,
      });
    }
  }
  return reasons;
}

function threatReasons(inputs: HealthInputs): HealthReasonData[] {
  return capped(
    inputs.openThreats.map((threat) => ({
      code: 'COMPETITOR_THREAT',
      message: `Open ${threat.threatLevel} competitor threat from ${threat.competitor}.`,
      impact: threatImpact[threat.threatLevel],
    })),
    -50,
  );
}

function coverageReasons(inputs: HealthInputs): HealthReasonData[] {
  const { coverage } = inputs;
  if (!inputs.isKeyAccount)
    return coverage.contactCount === 0
      ? [{ code: 'NO_CONTACTS', message: 'The account has no contacts.', impact: -10 }]
      : [];
  const gaps = capped(
    coverage.missingRoles.map((role) => ({
      code: 'BUYING_ROLE_UNCOVERED',
      message: `No contact in the buying role ${role}.`,
      impact: -5,
    })),
    -20,
  );
  const cold = capped(
    coverage.coldContacts.map((contact) => ({
      code: 'CONTACT_GONE_COLD',
      message:
        contact.daysSinceInteraction === null
          ? `No interaction recorded with ${contact.name}, an important contact.`
          : `No interaction with ${contact.name}, an important contact, for ${contact.daysSinceInteraction} days.`,
      impact: -5,
    })),
    -15,
  );
  return [...gaps, ...cold];
}

/** The health score (0-100) with every reason that took points off. Pure: same inputs, same result. */
export function assessHealth(inputs: HealthInputs): HealthAssessment {
  const reasons = [...orderReasons(inputs), ...threatReasons(inputs), ...coverageReasons(inputs)];
  const total = reasons.reduce((sum, reason) => sum + reason.impact, 100);
  return {
    score: Math.max(0, Math.min(100, total)),
    reasons: reasons.filter((reason) => reason.impact !== 0),
    ruleVersion: HEALTH_RULE_VERSION,
  };
}

/** The status a score leads to from the current one; LOST accounts stay lost. */
export function statusForScore(current: AccountStatus, score: number): AccountStatus {
  if (current === AccountStatus.LOST) return current;
  if (current === AccountStatus.AT_RISK)
    return score >= RECOVERS_AT ? AccountStatus.ACTIVE : current;
  return score < AT_RISK_BELOW ? AccountStatus.AT_RISK : AccountStatus.ACTIVE;
}
