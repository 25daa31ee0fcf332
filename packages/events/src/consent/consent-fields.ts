import { z } from 'zod';
import { personal } from '../personal-data';
import { IsoDateTime } from '../primitives';

/**
 * The ways a person may be approached, each consented to on its own: by
 * e-mail, phone or visit/meeting (sales contact), and marketing's
 * communication (events, webinars, newsletters). A lead or contact is
 * "contactable by sales" while one of EMAIL, PHONE, VISIT is not withdrawn.
 */
export const ConsentChannel = z.enum(['EMAIL', 'PHONE', 'VISIT', 'MARKETING']);
export type ConsentChannel = z.infer<typeof ConsentChannel>;

/** The channels over which sales approaches a person (MARKETING is not one). */
export const salesConsentChannels: readonly ConsentChannel[] = ['EMAIL', 'PHONE', 'VISIT'];

/**
 * How the consent was given or withdrawn: the evidence a data-protection
 * officer asks for. REP_ENTRY is a rep's say-so through the deprecated
 * `updateLead(consentToContact)`, with no further evidence; IMPORT is what
 * existed before per-channel consent (migrated from that flag).
 */
export const ConsentSource = z.enum([
  'MARKETING_FORM',
  'PHONE_CALL',
  'MEETING',
  'EMAIL',
  'WRITTEN',
  'LEAD_CONVERSION',
  'IMPORT',
  'REP_ENTRY',
]);
export type ConsentSource = z.infer<typeof ConsentSource>;

/** One recorded consent decision on one channel, as events carry it. */
export const ConsentDecision = z.object({
  channel: ConsentChannel,
  given: z.boolean().describe('true: consent given; false: withdrawn (or refused)'),
  source: ConsentSource,
  recordedBy: z
    .string()
    .min(1)
    .max(200)
    .describe('the user who recorded it, or "marketing" for its forms'),
  effectiveAt: IsoDateTime.describe('when the person gave or withdrew it (may precede recording)'),
  note: personal(z.string().max(2000)).optional(),
});
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/**
 * One consent decision on one or more channels alike, as the consent events
 * carry it: a decision is one event, whatever the number of channels it
 * covers (each channel is still its own row in the producer's history).
 */
export const ConsentDecisionOnChannels = ConsentDecision.omit({ channel: true }).extend({
  channels: z
    .array(ConsentChannel)
    .min(1)
    .describe('the channels decided, each once, in the order of ConsentChannel'),
});
export type ConsentDecisionOnChannels = z.infer<typeof ConsentDecisionOnChannels>;
