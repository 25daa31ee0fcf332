import { findEventDefinition, Sensitivities } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { maySee } from '../graphql/sensitive';

/** An event's data as one reader may see it, and what was left out for them. */
export interface RedactedData {
  data: Record<string, unknown>;
  /** Labels of the fields left out (`order.lines[].unitCost`); `*` when the whole data was. */
  redacted: string[];
}

/** Everything: what an event the catalogue does not know may hold cannot be told. */
export const WHOLE_DATA = '*';

/**
 * Leaves out of an event's data every field its contract marks sensitive that
 * the reader may not see, and names them. The contract decides which fields
 * (`sensitive(...)` in @salesgraph/events), `sensitiveDataReaders` who may see
 * them: no service filters its history by hand. An event type the catalogue
 * does not know shows no data at all to a reader who lacks any clearance.
 */
export function redactEventData(
  eventType: string,
  data: Record<string, unknown>,
  reader: AuthenticatedUser,
): RedactedData {
  const definition = findEventDefinition(eventType);
  if (!definition) {
    const clearedForAll = Sensitivities.every((sensitivity) => maySee(reader, sensitivity));
    return clearedForAll ? { data, redacted: [] } : { data: {}, redacted: [WHOLE_DATA] };
  }
  const hidden = definition.sensitiveFields.filter((f) => !maySee(reader, f.sensitivity));
  if (hidden.length === 0) return { data, redacted: [] };
  const copy = structuredClone(data);
  const redacted = hidden.filter((f) => removeAt(copy, f.path)).map((f) => f.label);
  return { data: copy, redacted };
}

/** Removes the value at `path` (`[]`: every item of a list); true when there was one. */
function removeAt(value: unknown, path: readonly string[]): boolean {
  if (value === null || typeof value !== 'object' || path.length === 0) return false;
  const [key, ...rest] = path;
  if (key === '[]')
    return Array.isArray(value) ? value.map((item) => removeAt(item, rest)).some(Boolean) : false;
  if (Array.isArray(value) || !Object.hasOwn(value, key)) return false;
  const record = value as Record<string, unknown>;
  if (rest.length > 0) return removeAt(record[key], rest);
  delete record[key];
  return true;
}
