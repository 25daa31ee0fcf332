import { randomUUID } from 'node:crypto';
import { ConsentChannel, type ConsentSource } from '@salesgraph/events';
import type { CommandContext } from '../command/command-context';
import { BadInputError } from '../graphql/domain-error';
import type { ConsentDecisionInput } from './consent-decision.input';
import type { ConsentRecordFields } from './consent-record.fields';

/** One decision to record, on one or more channels alike. */
export interface ConsentDecisionSpec {
  channels: readonly ConsentChannel[];
  given: boolean;
  source: ConsentSource;
  recordedBy: string;
  effectiveAt: Date;
  note?: string | null;
}

/** Sources only the platform records: marketing's form and a lead's conversion carry their own evidence. */
const platformSources: readonly ConsentSource[] = ['LEAD_CONVERSION', 'MARKETING_FORM'];

/** A user's decision from the graph: recorded by them, effective now unless dated. */
export function consentDecisionOf(
  command: CommandContext,
  input: ConsentDecisionInput,
): ConsentDecisionSpec {
  return {
    channels: input.channels,
    given: input.given,
    source: input.source,
    recordedBy: command.user.id,
    effectiveAt: input.effectiveAt ?? command.clock.now(),
    note: input.note,
  };
}

/** Refuses what a user may not record: a decision dated in the future, a platform-only source. */
export function assertUserConsentDecision(spec: ConsentDecisionSpec, now: Date): void {
  if (spec.effectiveAt > now)
    throw new BadInputError(
      'effectiveAt must not be in the future: record a consent once it is given.',
      { field: 'effectiveAt' },
    );
  if (platformSources.includes(spec.source))
    throw new BadInputError(
      `source ${spec.source} is recorded by the platform itself (marketing's form, a lead conversion): say how the person told you (PHONE_CALL, MEETING, EMAIL, WRITTEN).`,
      { field: 'source' },
    );
}

/** The rows of one decision, without the person they are about, and what its one event lists. */
export interface ConsentDecisionRows {
  /** Each channel once, in ConsentChannel's order. */
  channels: ConsentChannel[];
  note: string | null;
  rows: ConsentRecordFields[];
}

/** What is stored of one decision, whatever the rows: one per channel, or one naming them all. */
export interface ConsentDecisionFields {
  /** Each channel once, in ConsentChannel's order. */
  channels: ConsentChannel[];
  given: boolean;
  source: ConsentSource;
  recordedBy: string;
  effectiveAt: Date;
  recordedAt: Date;
  /** Trimmed; null when empty. */
  note: string | null;
}

/** The fields of one decision, recorded at `recordedAt`. */
export function consentDecisionFieldsOf(
  spec: ConsentDecisionSpec,
  recordedAt: Date,
): ConsentDecisionFields {
  const requested = new Set(spec.channels);
  return {
    channels: ConsentChannel.options.filter((c) => requested.has(c)),
    given: spec.given,
    source: spec.source,
    recordedBy: spec.recordedBy,
    effectiveAt: spec.effectiveAt,
    recordedAt,
    note: spec.note?.trim() || null,
  };
}

/** One row per channel named (each once, in the channels' order), all recorded at `recordedAt`. */
export function consentRowsOf(spec: ConsentDecisionSpec, recordedAt: Date): ConsentDecisionRows {
  const { channels, ...fields } = consentDecisionFieldsOf(spec, recordedAt);
  const rows = channels.map((channel) => ({ id: randomUUID(), channel, ...fields }));
  return { channels, note: fields.note, rows };
}
