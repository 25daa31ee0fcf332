import type { LeadActivityOutcome, LeadActivityType } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { Field, optional, required, SelectField, TextAreaField } from '../../ui/fields';
import { LogLeadActivity } from './lead-actions.operations';

const outcomes = [
  'REACHED',
  'NO_ANSWER',
  'LEFT_MESSAGE',
  'MEETING_SCHEDULED',
  'INTERESTED',
  'NOT_INTERESTED',
];

/** A local date-time from the form as the ISO instant the graph expects. */
function instant(value: string | undefined): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}

/** Log a call, e-mail or visit (with its report), and when to follow up next. */
export function LeadActivityForm({ leadId, onLogged }: { leadId: string; onLogged: () => void }) {
  const log = useAction(LogLeadActivity);
  return (
    <ActionForm
      label="Log a call or visit"
      submitLabel="Log it"
      errors={log.errors}
      busy={log.busy}
      onSubmit={async (f) => {
        const ok = await log.run({
          leadId,
          input: {
            type: required(f, 'type') as LeadActivityType,
            outcome: required(f, 'outcome') as LeadActivityOutcome,
            notes: optional(f, 'notes'),
            visitReport: optional(f, 'visitReport'),
            nextFollowUpAt: instant(optional(f, 'nextFollowUpAt')),
          },
        });
        if (ok) onLogged();
        return Boolean(ok);
      }}
    >
      <SelectField label="What" name="type" options={['CALL', 'EMAIL', 'VISIT']} />
      <SelectField label="Outcome" name="outcome" options={outcomes} />
      <TextAreaField label="Notes" name="notes" />
      <TextAreaField label="Visit report (visits)" name="visitReport" />
      <Field label="Next follow-up" name="nextFollowUpAt" type="datetime-local" />
    </ActionForm>
  );
}
