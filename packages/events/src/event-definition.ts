import { z } from 'zod';
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
}

export type EventData<D> = D extends EventDefinition<string, infer S> ? z.infer<S> : never;

export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  definition: Omit<EventDefinition<TType, TSchema>, 'sensitiveFields'>,
): EventDefinition<TType, TSchema> {
  const match = /^([a-z]+)\.([A-Za-z]+)\.v(\d+)$/.exec(definition.type);
  if (!match || match[2] !== definition.name || Number(match[3]) !== definition.version) {
    throw new Error(
      `event type ${definition.type} must be "<context>.${definition.name}.v${definition.version}"`,
    );
  }
  return { ...definition, sensitiveFields: sensitiveFieldsOf(definition.schema) };
}
