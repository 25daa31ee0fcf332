import { salesConsentChannels, type ConsentChannel } from './consent-fields';

/** One recorded decision, as both producers store it. */
export interface RecordedConsent {
  channel: ConsentChannel;
  given: boolean;
  effectiveAt: Date;
  recordedAt: Date;
}

/**
 * The decision in force on each channel: the one the person made last
 * (`effectiveAt`), and of two made at the same moment the one recorded last.
 * A consent recorded late with an earlier date does not override a later
 * withdrawal. Shared by the lead and account services so both derive the same.
 */
export function currentConsent<T extends RecordedConsent>(
  records: readonly T[],
): Map<ConsentChannel, T> {
  const current = new Map<ConsentChannel, T>();
  for (const record of records) {
    const held = current.get(record.channel);
    if (!held || laterThan(record, held)) current.set(record.channel, record);
  }
  return current;
}

function laterThan(a: RecordedConsent, b: RecordedConsent): boolean {
  const byEffect = a.effectiveAt.getTime() - b.effectiveAt.getTime();
  return byEffect !== 0 ? byEffect > 0 : a.recordedAt.getTime() >= b.recordedAt.getTime();
}

/**
 * Whether sales may approach the person at all: null while no sales channel
 * (EMAIL, PHONE, VISIT) has a decision; false once every one of them is
 * withdrawn; true otherwise (a channel given, or not decided yet, is a way to
 * approach them). MARKETING alone decides nothing here.
 */
export function contactableBySales(
  current: ReadonlyMap<ConsentChannel, RecordedConsent>,
): boolean | null {
  const decided = salesConsentChannels.filter((c) => current.has(c));
  if (decided.length === 0) return null;
  return salesConsentChannels.some((c) => current.get(c)?.given !== false);
}

/** Whether the person withdrew consent on this channel (no decision is no withdrawal). */
export function withdrawn(
  current: ReadonlyMap<ConsentChannel, RecordedConsent>,
  channel: ConsentChannel,
): boolean {
  return current.get(channel)?.given === false;
}
