import { humanize } from './format';

export type Tone = 'good' | 'warn' | 'bad' | 'plain';

/** A short status word with a tone that is also said in words, never by colour alone. */
export function StatusBadge({ value, tone = 'plain' }: { value: string; tone?: Tone }) {
  return <span className={`badge ${tone === 'plain' ? '' : tone}`}>{humanize(value)}</span>;
}
