import { z } from 'zod';
import { ConsentDecisionOnChannels } from '../consent/consent-fields';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A lead's contact gave or withdrew consent on one or more channels: one
 * event per decision, listing every channel it covers. Carries what a
 * consumer needs to respect it without reading the lead service: whether the
 * person can still be approached by sales at all, the lead's owner and
 * whether it is still open (the notification service tells the owner).
 */
export const LeadConsentChangedData = ConsentDecisionOnChannels.extend({
  leadId: Uuid,
  company: z.string(),
  ownerId: UserId.optional(),
  openLead: z.boolean(),
  contactableBySales: z
    .boolean()
    .describe(
      'after the decision: false once every sales channel (EMAIL, PHONE, VISIT) is withdrawn',
    ),
  wasContactableBySales: z
    .boolean()
    .nullable()
    .describe('before the decision; null while no sales channel had one'),
  withCapture: z
    .boolean()
    .describe(
      'true for the consent the lead arrived with (marketing form, rep entry): not a change of mind',
    ),
  recordedAt: IsoDateTime,
});
export type LeadConsentChangedData = z.infer<typeof LeadConsentChangedData>;

export const LeadConsentChanged = defineEvent({
  type: 'lead.LeadConsentChanged.v1',
  name: 'LeadConsentChanged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    "A lead's contact gave or withdrew consent to be approached on one or more channels (e-mail, phone, visit, marketing): one event per decision.",
  schema: LeadConsentChangedData,
  subjectOf: (d) => d.leadId,
});
