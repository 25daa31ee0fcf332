import type { TouchpointCadence, TouchpointChannel } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { Field, required, SelectField } from '../../ui/fields';
import { day, humanize, isoDay } from '../../ui/format';
import { Section } from '../../ui/section';
import type { PanelProps } from './key-account-types';
import { CompleteTouchpoint, PlanTouchpoint } from './key-account-actions.operations';

const channels: TouchpointChannel[] = ['EMAIL', 'PHONE', 'VISIT', 'EVENT', 'WEBINAR', 'NEWSLETTER'];
const cadences: TouchpointCadence[] = ['ONCE', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'];

/** The communication plan with decision makers, planned with marketing. */
export function CommunicationPlanPanel({ account, onChanged }: PanelProps) {
  const plan = useAction(PlanTouchpoint);
  const complete = useAction(CompleteTouchpoint);
  return (
    <Section
      title="Communication plan"
      actions={
        account.contacts.length > 0 && (
          <ActionForm
            label="Plan a touchpoint"
            errors={plan.errors}
            busy={plan.busy}
            onSubmit={async (f) => {
              const ok = await plan.run({
                input: {
                  accountId: account.id,
                  contactId: required(f, 'contactId'),
                  channel: required(f, 'channel') as TouchpointChannel,
                  cadence: required(f, 'cadence') as TouchpointCadence,
                  purpose: required(f, 'purpose'),
                  nextDate: required(f, 'nextDate'),
                },
              });
              if (ok) onChanged();
              return Boolean(ok);
            }}
          >
            <SelectField
              label="With"
              name="contactId"
              options={account.contacts.map((c) => ({ value: c.id, label: c.name }))}
            />
            <SelectField label="Channel" name="channel" options={channels} />
            <SelectField
              label="Cadence"
              name="cadence"
              options={cadences}
              defaultValue="QUARTERLY"
            />
            <Field label="Purpose" name="purpose" required />
            <Field
              label="Next date"
              name="nextDate"
              type="date"
              defaultValue={isoDay(7)}
              required
            />
          </ActionForm>
        )
      }
    >
      <ErrorList errors={complete.errors} />
      {account.communicationPlan.length === 0 ? (
        <p className="empty">No touchpoints planned.</p>
      ) : (
        <ul>
          {account.communicationPlan.map((t) => (
            <li key={t.id}>
              {humanize(t.channel)} with {t.contact.name}: {t.purpose}{' '}
              <span className="muted">
                · {humanize(t.cadence).toLowerCase()} · next {day(t.nextDate)}
              </span>{' '}
              {t.overdue && <span className="badge bad">Overdue</span>}{' '}
              {t.status === 'PLANNED' && (
                <button
                  type="button"
                  className="secondary"
                  disabled={complete.busy}
                  onClick={async () => (await complete.run({ id: t.id })) && onChanged()}
                >
                  Done<span className="sr-only">: {t.purpose}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
