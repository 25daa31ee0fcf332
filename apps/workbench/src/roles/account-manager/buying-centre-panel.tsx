import type { ContactBuyingRole } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { Field, optional, required, SelectField } from '../../ui/fields';
import { humanize } from '../../ui/format';
import { Section } from '../../ui/section';
import type { PanelProps } from './key-account-types';
import { AddContact, RecordContactInteraction } from './key-account-actions.operations';

const roles: ContactBuyingRole[] = [
  'PURCHASING_MANAGER',
  'PURCHASING_OFFICER',
  'TECHNICAL_DECISION_MAKER',
  'SENIOR_EXECUTIVE',
  'USER',
];

/** The buying centre as a map of roles: who fills each, which roles are gaps, who has gone cold. */
export function BuyingCentrePanel({ account, onChanged }: PanelProps) {
  const add = useAction(AddContact);
  const record = useAction(RecordContactInteraction);
  const { coverage } = account;
  const cold = new Map(coverage.coldContacts.map((c) => [c.contact.id, c.daysSinceInteraction]));
  return (
    <Section
      title="Buying centre"
      className="wide"
      actions={
        <ActionForm
          label="Add a contact"
          errors={add.errors}
          busy={add.busy}
          onSubmit={async (f) => {
            const ok = await add.run({
              input: {
                accountId: account.id,
                name: required(f, 'name'),
                title: optional(f, 'title'),
                email: optional(f, 'email'),
                buyingRole: required(f, 'buyingRole') as ContactBuyingRole,
                influence: Number(required(f, 'influence')),
                relationshipStrength: Number(required(f, 'relationshipStrength')),
              },
            });
            if (ok) onChanged();
            return Boolean(ok);
          }}
        >
          <Field label="Name" name="name" required />
          <Field label="Title" name="title" />
          <Field label="E-mail" name="email" type="email" />
          <SelectField
            label="Buying role"
            name="buyingRole"
            options={roles}
            defaultValue={coverage.missingRoles[0]}
          />
          <Field
            label="Influence (1–5)"
            name="influence"
            type="number"
            min={1}
            max={5}
            defaultValue={3}
            required
          />
          <Field
            label="Relationship strength (1–5)"
            name="relationshipStrength"
            type="number"
            min={1}
            max={5}
            defaultValue={1}
            required
          />
        </ActionForm>
      }
    >
      <p>
        {coverage.complete
          ? 'Every buying role is covered and no important contact is cold.'
          : `${coverage.missingRoles.length} role(s) without a contact; ${coverage.coldContacts.length} important contact(s) cold (no interaction for ${coverage.coldAfterDays} days).`}
      </p>
      <ErrorList errors={record.errors} />
      <div className="role-map">
        {roles.map((role) => {
          const contacts = account.contacts.filter((c) => c.buyingRole === role);
          const gap = coverage.missingRoles.includes(role);
          return (
            <div key={role} className={`role-cell ${gap ? 'gap' : ''}`} data-role={role}>
              <h3>
                {humanize(role)} {gap && <span className="badge bad">Gap</span>}
              </h3>
              {contacts.length === 0 ? (
                <p className="empty">No contact in this role.</p>
              ) : (
                <ul>
                  {contacts.map((c) => (
                    <li key={c.id}>
                      <strong>{c.name}</strong>
                      {c.title && <span className="muted"> · {c.title}</span>}
                      <br />
                      Influence {c.influence}/5 · strength {c.relationshipStrength}/5
                      <br />
                      {c.daysSinceLastInteraction == null
                        ? 'Never spoken to'
                        : `Last spoken ${c.daysSinceLastInteraction} days ago`}{' '}
                      {cold.has(c.id) && <span className="badge warn">Cold</span>}
                      <br />
                      <button
                        type="button"
                        className="secondary"
                        disabled={record.busy}
                        onClick={async () => (await record.run({ id: c.id })) && onChanged()}
                      >
                        We spoke today<span className="sr-only"> with {c.name}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </Section>
  );
}
