import type { RelationshipActionStatus } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { Field, required, StatusSelect } from '../../ui/fields';
import { day, isoDay } from '../../ui/format';
import { Section } from '../../ui/section';
import type { PanelProps } from './key-account-types';
import { AddRelationshipAction, UpdateRelationshipAction } from './key-account-actions.operations';

const statuses: RelationshipActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** The plan's actions to strengthen the relationship: who does what by when. */
export function RelationshipActionsPanel({ account, onChanged }: PanelProps) {
  const add = useAction(AddRelationshipAction);
  const update = useAction(UpdateRelationshipAction);
  const plan = account.plan;
  return (
    <Section
      title="Relationship actions"
      actions={
        plan && (
          <ActionForm
            label="Add an action"
            errors={add.errors}
            busy={add.busy}
            onSubmit={async (f) => {
              const ok = await add.run({
                input: {
                  planId: plan.id,
                  description: required(f, 'description'),
                  dueDate: required(f, 'dueDate'),
                },
              });
              if (ok) onChanged();
              return Boolean(ok);
            }}
          >
            <Field label="What" name="description" required />
            <Field label="Due" name="dueDate" type="date" defaultValue={isoDay(14)} required />
          </ActionForm>
        )
      }
    >
      <ErrorList errors={update.errors} />
      {!plan ? (
        <p className="empty">Actions belong to an account plan; there is none this year.</p>
      ) : plan.relationshipActions.length === 0 ? (
        <p className="empty">No actions planned.</p>
      ) : (
        <ul>
          {plan.relationshipActions.map((a) => (
            <li key={a.id}>
              {a.description}{' '}
              <span className="muted">
                · due {day(a.dueDate)} · {a.ownerId}
              </span>
              {a.origin === 'SHORTFALL' && <span className="badge warn"> From a shortfall</span>}{' '}
              <StatusSelect
                label={`Status of “${a.description}”`}
                hideLabel
                value={a.status}
                statuses={statuses}
                onChange={async (status) =>
                  (await update.run({ input: { actionId: a.id, status } })) && onChanged()
                }
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
