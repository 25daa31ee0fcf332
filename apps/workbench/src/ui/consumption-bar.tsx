/**
 * A bar for how much of something is used up, with its number in words: a
 * meter for assistive technology, a coloured bar for the eye.
 */
export function ConsumptionBar({
  percent,
  label,
  warn,
}: {
  percent: number;
  label: string;
  warn?: boolean;
}) {
  const shown = Math.max(0, Math.min(100, percent));
  return (
    <div
      className={`bar ${warn ? 'bad' : ''}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(percent)}
      aria-valuetext={`${Math.round(percent)} %`}
    >
      <span style={{ width: `${shown}%` }} />
    </div>
  );
}
