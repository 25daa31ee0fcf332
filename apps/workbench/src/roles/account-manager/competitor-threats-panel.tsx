import type { CompetitorThreatLevel, CompetitorThreatStatus } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import {
  Field,
  optional,
  required,
  SelectField,
  StatusSelect,
  TextAreaField,
} from '../../ui/fields';
import { day } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import type { CatalogueProduct, PanelProps } from './key-account-types';
import { LogCompetitorThreat, UpdateCompetitorThreat } from './key-account-actions.operations';

const statuses: CompetitorThreatStatus[] = ['OPEN', 'MITIGATED', 'LOST_TO_COMPETITOR', 'CLOSED'];

/** Competitors after this customer's business; logging one lowers health and may flag the account at risk. */
export function CompetitorThreatsPanel({
  account,
  onChanged,
  products,
}: PanelProps & { products: CatalogueProduct[] }) {
  const log = useAction(LogCompetitorThreat);
  const update = useAction(UpdateCompetitorThreat);
  return (
    <Section
      title="Competitor threats"
      actions={
        <ActionForm
          label="Log a threat"
          errors={log.errors}
          busy={log.busy}
          onSubmit={async (f) => {
            const ok = await log.run({
              input: {
                accountId: account.id,
                competitor: required(f, 'competitor'),
                threatLevel: required(f, 'threatLevel') as CompetitorThreatLevel,
                productId: optional(f, 'productId'),
                notes: optional(f, 'notes'),
              },
            });
            if (ok) onChanged();
            return Boolean(ok);
          }}
        >
          <Field label="Competitor" name="competitor" required />
          <SelectField
            label="Threat level"
            name="threatLevel"
            options={['LOW', 'MEDIUM', 'HIGH']}
            defaultValue="MEDIUM"
          />
          <SelectField
            label="Product at stake"
            name="productId"
            blank="The whole account"
            options={products.map((p) => ({ value: p.id, label: `${p.sku} ${p.name}` }))}
          />
          <TextAreaField label="Notes" name="notes" />
        </ActionForm>
      }
    >
      <ErrorList errors={update.errors} />
      {account.competitorThreats.length === 0 ? (
        <p className="empty">No competitor threats logged.</p>
      ) : (
        <ul>
          {account.competitorThreats.map((t) => (
            <li key={t.id}>
              <strong>{t.competitor}</strong>{' '}
              <StatusBadge
                value={t.threatLevel}
                tone={
                  t.threatLevel === 'HIGH' ? 'bad' : t.threatLevel === 'MEDIUM' ? 'warn' : 'plain'
                }
              />{' '}
              {t.product && <span className="muted">on {t.product.sku} · </span>}
              <span className="muted">logged {day(t.loggedAt)}</span>
              {t.notes && <div>{t.notes}</div>}
              <StatusSelect
                label={`Status of the ${t.competitor} threat`}
                value={t.status}
                statuses={statuses}
                onChange={async (status) =>
                  (await update.run({ input: { id: t.id, status } })) && onChanged()
                }
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
