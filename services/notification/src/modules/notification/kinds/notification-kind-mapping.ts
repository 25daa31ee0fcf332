import type { Envelope, EventDefinition } from '@salesgraph/events';
import type { z } from 'zod';
import type { ConsentFact, PersonRef } from '../../consent/consent-ledger';

/** What one event tells one person; the service stores it and decides on e-mail. */
export interface NotificationDraft {
  recipientId: string;
  title: string;
  body: string;
  /** The record the notification is about, as its owner names it (SupplyContract, Lead, ...). */
  subjectType: string;
  subjectId: string;
  accountId?: string;
}

/**
 * One kind of notification: which event raises it and whom it tells what.
 * A new kind is one file with one of these, listed in notification-kinds.ts.
 */
export interface NotificationKindMapping<TKind extends string = string> {
  kind: TKind;
  description: string;
  event: EventDefinition;
  notify(event: Envelope): NotificationDraft[];
  /**
   * The person the notification would have someone approach: once they
   * withdrew consent to sales contact on every channel, it is not raised.
   */
  approaches?(event: Envelope): PersonRef;
  /** What the event says about a person's consent, learnt before anyone is notified. */
  consentOf?(event: Envelope): ConsentFact;
}

/** A kind's ties to consent (docs/privacy.md, Consent). */
export interface KindConsentOptions<TData> {
  approaches?: (data: TData) => PersonRef;
  consentOf?: (data: TData) => ConsentFact;
}

export function notificationKind<
  const TKind extends string,
  TType extends string,
  TSchema extends z.ZodType,
>(
  kind: TKind,
  event: EventDefinition<TType, TSchema>,
  description: string,
  notify: (data: z.infer<TSchema>, event: Envelope<TType, z.infer<TSchema>>) => NotificationDraft[],
  consent: KindConsentOptions<z.infer<TSchema>> = {},
): NotificationKindMapping<TKind> {
  const { approaches, consentOf } = consent;
  return {
    kind,
    description,
    event,
    notify: (envelope) =>
      notify(envelope.data as z.infer<TSchema>, envelope as Envelope<TType, z.infer<TSchema>>),
    ...(approaches
      ? { approaches: (envelope: Envelope) => approaches(envelope.data as z.infer<TSchema>) }
      : {}),
    ...(consentOf
      ? { consentOf: (envelope: Envelope) => consentOf(envelope.data as z.infer<TSchema>) }
      : {}),
  };
}

/** Each person once, in the order named; empty ids (nobody to tell) left out. */
export function distinctRecipients(...ids: Array<string | null | undefined>): string[] {
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** What a price approval is about, as a seller says it: an order, a contract or a quote. */
export function approvalSubjectName(subjectType: 'ORDER' | 'CONTRACT' | 'QUOTE'): string {
  return { ORDER: 'order', CONTRACT: 'contract', QUOTE: 'quote' }[subjectType];
}
