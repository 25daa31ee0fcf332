import { z } from 'zod';
import { personalFieldsOf, type PersonalField } from './personal-data';
import { sensitiveFieldsOf, type SensitiveField } from './sensitivity';
import type { BoundedContext, TopicName } from './topics';

/**
 * One event contract: its versioned type name, the topic it is published on,
 * the aggregate it belongs to and the runtime schema of its data. Producers
 * validate before writing to the outbox, consumers validate before handling.
 */
export interface EventDefinition<
  TType extends string = string,
  TSchema extends z.ZodType = z.ZodType,
> {
  readonly type: TType;
  readonly name: string;
  readonly version: number;
  readonly producer: BoundedContext;
  readonly topic: TopicName;
  readonly aggregateType: string;
  readonly description: string;
  readonly schema: TSchema;
  /** The aggregate id: envelope subject and Kafka message key. */
  readonly subjectOf: (data: z.infer<TSchema>) => string;
  /** The fields its schema marks `sensitive`, found once when the contract is defined. */
  readonly sensitiveFields: readonly SensitiveField[];
  /** The fields its schema marks `personal`: a person's name, e-mail, phone (docs/privacy.md). */
  readonly personalFields: readonly PersonalField[];
  /**
   * The person its personal fields are about (their data subject id): whose
   * key encrypts them, and whose erasure makes them unreadable. The aggregate
   * (a lead, a contact) unless the contract says otherwise.
   */
  readonly personOf?: (data: z.infer<TSchema>) => string;
}

export type EventData<D> = D extends EventDefinition<string, infer S> ? z.infer<S> : never;

export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  definition: Omit<EventDefinition<TType, TSchema>, 'sensitiveFields' | 'personalFields'>,
): EventDefinition<TType, TSchema> {
  const match = /^([a-z]+)\.([A-Za-z]+)\.v(\d+)$/.exec(definition.type);
  if (!match || match[2] !== definition.name || Number(match[3]) !== definition.version) {
    throw new Error(
      `event type ${definition.type} must be "<context>.${definition.name}.v${definition.version}"`,
    );
  }
  return {
    ...definition,
    sensitiveFields: sensitiveFieldsOf(definition.schema),
    personalFields: personalFieldsOf(definition.schema),
  };
}
