import { registerEnumType } from 'type-graphql';

export enum SupplyContractStatus {
  NEGOTIATING = 'NEGOTIATING',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(SupplyContractStatus, {
  name: 'SupplyContractStatus',
  description:
    'NEGOTIATING -> ACTIVE (signed) -> EXPIRED (its end date passed); TERMINATED ends it early or abandons the negotiation.',
});

/** What a call-off beyond a commitment does: refused outright, or accepted and flagged. */
export enum OverrunPolicy {
  REFUSE = 'REFUSE',
  FLAG = 'FLAG',
}

registerEnumType(OverrunPolicy, {
  name: 'ContractOverrunPolicy',
  description: 'REFUSE: a call-off beyond a commitment is refused; FLAG: accepted and flagged.',
});

/** Whether a commitment counts units or money. */
export enum CommitmentMeasure {
  QUANTITY = 'QUANTITY',
  VALUE = 'VALUE',
}

registerEnumType(CommitmentMeasure, {
  name: 'CommitmentMeasure',
  description: 'QUANTITY: units of the product; VALUE: net amount at contract prices.',
});
