import { useEffect, useRef } from 'react';
import { useLiveQuery } from '../../graphql/use-live-query';
import { dateTime, humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { LeadActions } from './lead-actions';
import { LeadDetailQuery } from './rep.operations';

/** One lead: who, where it stands, what was done, and what can be done next. */
export function LeadWorkPanel({
  leadId,
  onClose,
  onChanged,
}: {
  leadId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [result, reload] = useLiveQuery({ query: LeadDetailQuery, variables: { id: leadId } });
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), [leadId]);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <Section
      title="Lead"
      className="wide"
      actions={
        <button type="button" className="secondary" onClick={onClose}>
          Close the lead
        </button>
      }
    >
      <QueryState result={result} label="the lead">
        {({ lead }) => (
          <div ref={heading} tabIndex={-1}>
            <h3>
              {lead.company} <StatusBadge value={lead.status} />
            </h3>
            <p>
              {lead.contactName}
              {lead.email && <> · {lead.email}</>}
              {lead.phone && <> · {lead.phone}</>}
              {lead.country && <> · {lead.country}</>}
              <br />
              Next follow-up: {dateTime(lead.nextFollowUpAt)}
            </p>
            <LeadActions lead={lead} onChanged={changed} />
            <h3>Activities</h3>
            {lead.activities.length === 0 ? (
              <p className="empty">No calls, e-mails or visits yet.</p>
            ) : (
              <ul>
                {lead.activities.map((a) => (
                  <li key={a.id}>
                    {dateTime(a.occurredAt)}: {humanize(a.type)},{' '}
                    {humanize(a.outcome).toLowerCase()}
                    {a.notes && <> · {a.notes}</>}
                    {a.visitReport && <> · visit report: {a.visitReport}</>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryState>
    </Section>
  );
}
