/**
 * Topic names. Each bounded context publishes to a topic of its own; marketing
 * publishes captured leads to theirs. The `.v1` suffix is the topic's
 * compatibility line: a breaking change to the envelope would start `.v2`.
 */
export const Topics = {
  lead: 'lead.events.v1',
  account: 'account.events.v1',
  order: 'order.events.v1',
  planning: 'planning.events.v1',
  notification: 'notification.events.v1',
  marketingLeads: 'marketing.leads.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export type BoundedContext =
  'lead' | 'account' | 'order' | 'planning' | 'notification' | 'marketing';

/** Where events that fail validation or keep failing their handler end up. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
