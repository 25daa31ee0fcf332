import { useState } from 'react';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { Field, required, SelectField } from '../../ui/fields';
import type { KeyAccount } from './key-account-types';
import { CreateCallOff } from './key-account-actions.operations';

type Contract = KeyAccount['contracts'][number];

/** A call-off against an active contract, at contract prices; it is a draft until placed (see Orders). */
export function CallOffForm({
  contracts,
  onCreated,
}: {
  contracts: Contract[];
  onCreated: () => void;
}) {
  const create = useAction(CreateCallOff);
  const [contractId, setContractId] = useState(contracts[0].id);
  const contract = contracts.find((c) => c.id === contractId) ?? contracts[0];
  return (
    <ActionForm
      label="Create a call-off"
      errors={create.errors}
      busy={create.busy}
      onSubmit={async (f) => {
        const ok = await create.run({
          input: {
            contractId: contract.id,
            lines: [{ productId: required(f, 'productId'), quantity: required(f, 'quantity') }],
          },
        });
        if (ok) onCreated();
        return Boolean(ok);
      }}
    >
      <SelectField
        label="Contract"
        name="contractId"
        value={contractId}
        onChange={(e) => setContractId(e.target.value)}
        options={contracts.map((c) => ({ value: c.id, label: c.contractNumber }))}
      />
      <SelectField
        label="Product"
        name="productId"
        options={contract.commitments.map((c) => ({
          value: c.productId,
          label: c.product ? `${c.product.sku} ${c.product.name}` : c.productId,
        }))}
      />
      <Field
        label="Quantity"
        name="quantity"
        inputMode="decimal"
        pattern="\d+(\.\d{1,3})?"
        required
      />
    </ActionForm>
  );
}
