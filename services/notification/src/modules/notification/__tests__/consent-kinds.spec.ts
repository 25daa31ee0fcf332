import { randomUUID } from 'node:crypto';
import {
  ContactConsentChanged,
  createEnvelope,
  type EventDefinition,
  FollowUpOverdue,
  LeadConsentChanged,
} from '@salesgraph/events';
import type { z } from 'zod';
import { notificationKinds } from '../kinds/notification-kinds';

const at = '2026-11-30T08:00:00.000Z';

function envelopeOf<TType extends string, TSchema extends z.ZodType>(
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
  return { mapping, event };
}

const withdrawal = (overrides: Partial<z.input<typeof LeadConsentChanged.schema>> = {}) => ({
  leadId: randomUUID(),
  company: 'Acme',
  ownerId: 'u-rep',
  openLead: true,
  channels: ['PHONE' as const],
  given: false,
  source: 'PHONE_CALL' as const,
  recordedBy: 'u-mgr',
  effectiveAt: at,
  contactableBySales: false,
  wasContactableBySales: true,
  withCapture: false,
  recordedAt: at,
  ...overrides,
});

describe('consent and notifications', () => {
  it("tells an open lead's owner of a withdrawal someone else recorded, and teaches the ledger", () => {
    const data = withdrawal();
    const { mapping, event } = envelopeOf(LeadConsentChanged, data);
    expect(mapping.kind).toBe('LEAD_CONSENT_WITHDRAWN');
    expect(mapping.notify(event)).toEqual([
      expect.objectContaining({
        recipientId: 'u-rep',
        subjectType: 'Lead',
        subjectId: data.leadId,
        body: expect.stringContaining('do not contact them'),
      }),
    ]);
    expect(mapping.consentOf?.(event)).toEqual({
      subjectType: 'Lead',
      subjectId: data.leadId,
      contactableBySales: false,
      recordedAt: new Date(at),
    });
  });

  it.each([
    ['a consent given', { given: true, contactableBySales: true }],
    ['the owner recording it themselves', { recordedBy: 'u-rep' }],
    ['a closed lead', { openLead: false }],
    ['an unassigned lead', { ownerId: undefined }],
    ["the consent a lead arrived with (marketing's form)", { withCapture: true }],
  ])('tells nobody of %s', (_case, overrides) => {
    const { mapping, event } = envelopeOf(LeadConsentChanged, withdrawal(overrides));
    expect(mapping.notify(event)).toEqual([]);
  });

  it('names one channel while other ways to approach the person remain', () => {
    const { mapping, event } = envelopeOf(
      LeadConsentChanged,
      withdrawal({ channels: ['EMAIL'], contactableBySales: true }),
    );
    expect(mapping.notify(event)[0]!.body).toContain('no longer agrees to be approached by e-mail');
  });

  it('tells of one decision on several channels once, naming them all', () => {
    const { mapping, event } = envelopeOf(
      LeadConsentChanged,
      withdrawal({ channels: ['EMAIL', 'PHONE', 'MARKETING'], contactableBySales: true }),
    );
    const drafts = mapping.notify(event);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.body).toContain('approached by e-mail, phone or marketing.');
  });

  it("tells the account's owner of a contact's withdrawal and the touchpoints it cancelled", () => {
    const contactId = randomUUID();
    const { mapping, event } = envelopeOf(ContactConsentChanged, {
      accountId: randomUUID(),
      contactId,
      accountOwnerId: 'u-am',
      channels: ['PHONE', 'VISIT'],
      given: false,
      source: 'WRITTEN',
      recordedBy: 'u-mkt',
      effectiveAt: at,
      contactableBySales: true,
      cancelledTouchpointIds: [randomUUID(), randomUUID()],
      recordedAt: at,
    });
    expect(mapping.kind).toBe('CONTACT_CONSENT_WITHDRAWN');
    expect(mapping.notify(event)).toEqual([
      expect.objectContaining({
        recipientId: 'u-am',
        subjectType: 'Contact',
        subjectId: contactId,
        body: expect.stringContaining('by phone or visits; 2 planned touchpoint(s) on them'),
      }),
    ]);
    expect(mapping.consentOf?.(event)?.contactableBySales).toBe(true);
  });

  it('names the lead a follow-up reminder would have its owner approach', () => {
    const leadId = randomUUID();
    const { mapping, event } = envelopeOf(FollowUpOverdue, {
      leadId,
      ownerId: 'u-rep',
      company: 'Acme',
      contactName: 'Ann',
      status: 'CONTACTED',
      dueAt: at,
      detectedAt: at,
    });
    expect(mapping.approaches?.(event)).toEqual({ subjectType: 'Lead', subjectId: leadId });
  });
});
