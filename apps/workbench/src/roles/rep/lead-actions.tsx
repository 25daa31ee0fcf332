import type { LeadSegment } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { Field, optional, required, SelectField, TextAreaField } from '../../ui/fields';
import { LeadActivityForm } from './lead-activity-form';
import {
  ConvertLead,
  DisqualifyLead,
  MarkLeadContacted,
  QualifyLead,
} from './lead-actions.operations';

/** The next steps of a lead, offered by its status: contact, log, qualify, disqualify, convert. */
export function LeadActions({
  lead,
  onChanged,
}: {
  lead: { id: string; status: string; company: string };
  onChanged: () => void;
}) {
  const contact = useAction(MarkLeadContacted);
  const qualify = useAction(QualifyLead);
  const disqualify = useAction(DisqualifyLead);
  const convert = useAction(ConvertLead);
  const open = ['NEW', 'CONTACTED', 'QUALIFIED'].includes(lead.status);
  if (!open) return null;

  const done = (ok: unknown) => {
    if (ok) onChanged();
    return Boolean(ok);
  };
  return (
    <div className="row-actions">
      {lead.status === 'NEW' && (
        <button
          type="button"
          onClick={async () => done(await contact.run({ id: lead.id }))}
          disabled={contact.busy}
        >
          Mark as contacted
        </button>
      )}
      <LeadActivityForm leadId={lead.id} onLogged={onChanged} />
      {lead.status === 'CONTACTED' && (
        <button
          type="button"
          onClick={async () => done(await qualify.run({ id: lead.id }))}
          disabled={qualify.busy}
        >
          Qualify
        </button>
      )}
      {lead.status === 'QUALIFIED' && (
        <ActionForm
          label="Convert to customer"
          submitLabel="Convert"
          errors={convert.errors}
          busy={convert.busy}
          onSubmit={async (f) =>
            done(
              await convert.run({
                id: lead.id,
                input: {
                  opportunity: {
                    amount: required(f, 'amount'),
                    name: optional(f, 'name'),
                    expectedCloseDate: optional(f, 'expectedCloseDate'),
                  },
                  segment: optional(f, 'segment') as LeadSegment | undefined,
                },
              }),
            )
          }
        >
          <Field
            label="First deal: amount (EUR)"
            name="amount"
            inputMode="decimal"
            pattern="\d+(\.\d{1,2})?"
            required
          />
          <Field label="Deal name (default: the company)" name="name" />
          <Field label="Expected close date" name="expectedCloseDate" type="date" />
          <SelectField
            label="Segment"
            name="segment"
            options={['SMALL', 'MEDIUM', 'LARGE']}
            blank="As captured"
          />
        </ActionForm>
      )}
      <ActionForm
        label="Disqualify"
        errors={disqualify.errors}
        busy={disqualify.busy}
        onSubmit={async (f) =>
          done(await disqualify.run({ id: lead.id, reason: required(f, 'reason') }))
        }
      >
        <TextAreaField label="Reason (marketing sees it)" name="reason" required />
      </ActionForm>
      <ErrorList errors={[...contact.errors, ...qualify.errors]} />
    </div>
  );
}
