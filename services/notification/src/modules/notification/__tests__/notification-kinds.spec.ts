import { randomUUID } from 'node:crypto';
import {
  AccountAtRisk,
  AccountSignalDetected,
  ContractExpiring,
  ContractUnderrunRisk,
  createEnvelope,
  type EventDefinition,
  FollowUpOverdue,
  OrderServiceLevelBreached,
  PlanShortfallDetected,
  PriceApprovalDecided,
  PriceApprovalRequested,
} from '@salesgraph/events';
import type { z } from 'zod';
import { notificationKinds } from '../kinds/notification-kinds';

const at = '2026-11-30T08:00:00.000Z';
const id = () => randomUUID();

function raised<TType extends string, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TSchema>,
  data: z.input<TSchema>,
) {
  const mapping = notificationKinds.find((k) => k.event.type === definition.type);
  if (!mapping) throw new Error(`no kind for ${definition.type}`);
  const event = createEnvelope(definition, data, {
    source: 'test',
    correlationId: 'c-1',
    actor: { type: 'service', id: definition.producer },
  });
  return { kind: mapping.kind, drafts: mapping.notify(event) };
}

describe('notification kinds', () => {
  it('has one kind per event, each a distinct name', () => {
    const types = notificationKinds.map((k) => k.event.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(notificationKinds.map((k) => k.kind)).size).toBe(notificationKinds.length);
  });

  it('tells the owner of an account at risk why', () => {
    const accountId = id();
    const { kind, drafts } = raised(AccountAtRisk, {
      accountId,
      ownerId: 'u-am',
      score: 42,
      reasons: [{ code: 'REVENUE_FALLING', message: 'Revenue fell by 40%', impact: -30 }],
      detectedAt: at,
    });
    expect(kind).toBe('ACCOUNT_AT_RISK');
    expect(drafts).toEqual([
      expect.objectContaining({
        recipientId: 'u-am',
        subjectType: 'Account',
        subjectId: accountId,
        accountId,
        body: expect.stringContaining('Revenue fell by 40%'),
      }),
    ]);
  });

  it.each([
    [
      'CONTRACT_EXPIRING',
      ContractExpiring,
      {
        contractId: id(),
        accountId: id(),
        ownerId: 'u-am',
        endDate: '2027-01-31',
        daysLeft: 1,
        detectedAt: at,
      },
      'u-am',
    ],
    [
      'CONTRACT_BEHIND_PACE',
      ContractUnderrunRisk,
      {
        contractId: id(),
        accountId: id(),
        ownerId: 'u-am',
        productId: id(),
        committed: '1000',
        consumed: '100',
        expectedByNow: '500',
        measure: 'QUANTITY',
        detectedAt: at,
      },
      'u-am',
    ],
    [
      'PLAN_SHORTFALL',
      PlanShortfallDetected,
      {
        planId: id(),
        accountId: id(),
        productId: id(),
        accountManagerId: 'u-am',
        target: '120000',
        actual: '20000',
        expectedByNow: '60000',
        shortfallPercent: '66.67',
        actionId: id(),
        detectedAt: at,
      },
      'u-am',
    ],
    [
      'FOLLOW_UP_OVERDUE',
      FollowUpOverdue,
      {
        leadId: id(),
        ownerId: 'u-rep',
        company: 'Acme',
        contactName: 'Jo Buyer',
        status: 'CONTACTED',
        dueAt: at,
        detectedAt: at,
      },
      'u-rep',
    ],
    [
      'ORDER_OVER_SERVICE_LEVEL',
      OrderServiceLevelBreached,
      {
        orderId: id(),
        orderNumber: 'SO-1',
        accountId: id(),
        status: 'PLACED',
        action: 'CONFIRM',
        serviceLevelBusinessDays: 2,
        since: at,
        dueAt: at,
        responsible: 'ORDER_ADMINISTRATION',
        creditedTo: 'u-rep',
        placedBy: 'u-rep',
        detectedAt: at,
      },
      'u-rep',
    ],
    [
      'ACCOUNT_SIGNAL',
      AccountSignalDetected,
      {
        leadId: id(),
        accountId: id(),
        accountName: 'Umbrella',
        accountOwnerId: 'u-am',
        matchedOn: 'EMAIL_DOMAIN',
        domain: 'umbrella.example',
        company: 'Umbrella Corp',
        contactName: 'Jo Buyer',
        source: 'webinar',
        suggestedOpportunityName: 'Umbrella: webinar interest',
        detectedAt: at,
      },
      'u-am',
    ],
  ] as const)('%s goes to the person the event names', (name, definition, data, recipient) => {
    const { kind, drafts } = raised(definition as EventDefinition, data);
    expect(kind).toBe(name);
    expect(drafts.map((d) => d.recipientId)).toEqual([recipient]);
    expect(drafts[0]!.title.length).toBeGreaterThan(0);
  });

  it('asks every approver once, and never shows the unit cost', () => {
    const { kind, drafts } = raised(PriceApprovalRequested, {
      approvalId: id(),
      subjectType: 'ORDER',
      subjectId: id(),
      subjectNumber: 'SO-7',
      accountId: id(),
      sellerId: 'u-rep',
      requestedBy: 'u-rep',
      approverIds: ['u-mgr', 'u-mgr2', 'u-mgr'],
      breaches: [
        {
          productId: id(),
          sku: 'P-1',
          kind: 'BELOW_COST',
          netUnitPrice: '8.00',
          unitCost: '9.137',
          discountPercent: '20',
          thresholdPercent: '15',
        },
      ],
      ruleVersion: 'price-guard/1',
      requestedAt: at,
    });
    expect(kind).toBe('APPROVAL_WAITING');
    expect(drafts.map((d) => d.recipientId)).toEqual(['u-mgr', 'u-mgr2']);
    for (const draft of drafts) expect(`${draft.title} ${draft.body}`).not.toContain('9.137');
  });

  it("names a quote's approval as a quote", () => {
    const { drafts } = raised(PriceApprovalRequested, {
      approvalId: id(),
      subjectType: 'QUOTE',
      subjectId: id(),
      subjectNumber: 'QT-3',
      accountId: id(),
      sellerId: 'u-rep',
      requestedBy: 'u-rep',
      approverIds: ['u-mgr'],
      breaches: [
        {
          productId: id(),
          sku: 'P-1',
          kind: 'DISCOUNT_OVER_THRESHOLD',
          netUnitPrice: '6.50',
          unitCost: '4.00',
          discountPercent: '35',
          thresholdPercent: '15',
        },
      ],
      ruleVersion: 'price-guard/1',
      requestedAt: at,
    });
    expect(drafts[0].title).toBe('Price approval waiting: quote QT-3');
  });

  it('tells the seller and the requester of a decision, not the manager who made it', () => {
    const { drafts } = raised(PriceApprovalDecided, {
      approvalId: id(),
      subjectType: 'CONTRACT',
      subjectId: id(),
      subjectNumber: 'SC-3',
      accountId: id(),
      sellerId: 'u-am',
      requestedBy: 'u-mgr',
      decision: 'REJECTED',
      decidedBy: 'u-mgr',
      note: 'Too deep',
      decidedAt: at,
    });
    expect(drafts.map((d) => d.recipientId)).toEqual(['u-am']);
    expect(drafts[0]!.body).toContain('rejected: Too deep');
  });
});
