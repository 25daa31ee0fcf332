import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { Field, required, SelectField, TextAreaField } from '../../ui/fields';
import { money } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import type { CatalogueProduct, PanelProps } from './key-account-types';
import {
  DraftCustomisationProposal,
  SubmitCustomisationProposal,
} from './key-account-actions.operations';

/** Proposals to customise a product to this customer's needs: drafted, then sent. */
export function CustomisationProposalsPanel({
  account,
  onChanged,
  products,
}: PanelProps & { products: CatalogueProduct[] }) {
  const draft = useAction(DraftCustomisationProposal);
  const submit = useAction(SubmitCustomisationProposal);
  return (
    <Section
      title="Customisation proposals"
      actions={
        <ActionForm
          label="Draft a proposal"
          errors={draft.errors}
          busy={draft.busy}
          onSubmit={async (f) => {
            const ok = await draft.run({
              input: {
                accountId: account.id,
                productId: required(f, 'productId'),
                requestedChange: required(f, 'requestedChange'),
                value: required(f, 'value'),
              },
            });
            if (ok) onChanged();
            return Boolean(ok);
          }}
        >
          <SelectField
            label="Product"
            name="productId"
            options={products.map((p) => ({ value: p.id, label: `${p.sku} ${p.name}` }))}
          />
          <TextAreaField label="Requested change" name="requestedChange" required />
          <Field
            label="Value (EUR)"
            name="value"
            inputMode="decimal"
            pattern="\d+(\.\d{1,2})?"
            required
          />
        </ActionForm>
      }
    >
      <ErrorList errors={submit.errors} />
      {account.customisationProposals.length === 0 ? (
        <p className="empty">No proposals.</p>
      ) : (
        <ul>
          {account.customisationProposals.map((p) => (
            <li key={p.id}>
              {p.product.sku}: {p.requestedChange}{' '}
              <span className="muted">· {money(p.value, p.currency)}</span>{' '}
              <StatusBadge
                value={p.status}
                tone={p.status === 'ACCEPTED' ? 'good' : p.status === 'REJECTED' ? 'bad' : 'plain'}
              />
              {p.decisionNote && <span className="muted"> · {p.decisionNote}</span>}{' '}
              {p.status === 'DRAFT' && (
                <button
                  type="button"
                  className="secondary"
                  disabled={submit.busy}
                  onClick={async () => (await submit.run({ id: p.id })) && onChanged()}
                >
                  Send to the customer<span className="sr-only">: {p.requestedChange}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
