import { useEffect } from 'react';
import { useLiveQuery } from '../../graphql/use-live-query';
import { dateTime } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { OverdueFollowUpsQuery } from './rep.operations';

/** Today's overdue follow-ups, most overdue first (the lead service orders them). */
export function OverdueFollowUpsPanel({
  onOpen,
  changes,
}: {
  onOpen: (id: string) => void;
  changes: number;
}) {
  const [result, reload] = useLiveQuery({ query: OverdueFollowUpsQuery }, 60_000);
  useEffect(() => {
    if (changes) reload();
  }, [changes, reload]);
  return (
    <Section
      title="Overdue follow-ups"
      actions={<RefreshButton what="overdue follow-ups" onClick={reload} busy={result.fetching} />}
    >
      <QueryState
        result={result}
        label="overdue follow-ups"
        isEmpty={(d) => d.me.overdueFollowUps.length === 0}
        empty="Nothing overdue. Well done."
      >
        {(data) => (
          <ul>
            {data.me.overdueFollowUps.map((lead) => (
              <li key={lead.id}>
                <button type="button" className="secondary" onClick={() => onOpen(lead.id)}>
                  {lead.company}
                </button>{' '}
                {lead.contactName} · due {dateTime(lead.nextFollowUpAt)}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Section>
  );
}
