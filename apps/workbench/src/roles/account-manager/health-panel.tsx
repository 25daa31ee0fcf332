import { dateTime } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import type { PanelProps } from './key-account-types';

/** Health and churn risk: the score is 100 minus each reason's impact. */
export function HealthPanel({ account }: PanelProps) {
  const { health, revenue } = account;
  return (
    <Section title="Health">
      <dl className="stats">
        <div>
          <dt>Score</dt>
          <dd>
            {health.score} / 100{' '}
            <StatusBadge value={health.status} tone={health.status === 'ACTIVE' ? 'good' : 'bad'} />
          </dd>
        </div>
        {revenue && (
          <>
            <div>
              <dt>Booked this year</dt>
              <dd>
                {new Intl.NumberFormat('en-GB', {
                  style: 'currency',
                  currency: revenue.currency,
                }).format(Number(revenue.booked))}
              </dd>
            </div>
            <div>
              <dt>Margin</dt>
              <dd>{revenue.marginPercent == null ? '—' : `${revenue.marginPercent} %`}</dd>
            </div>
          </>
        )}
      </dl>
      {health.reasons.length === 0 ? (
        <p className="empty">No reasons for concern.</p>
      ) : (
        <ul aria-label="Reasons">
          {health.reasons.map((reason) => (
            <li key={reason.code}>
              {reason.message} <span className="muted">(impact −{Math.abs(reason.impact)})</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Assessed {dateTime(health.assessedAt)}</p>
    </Section>
  );
}
