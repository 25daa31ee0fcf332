import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const SupplyContractStatus = graphqlEnum(
  'SupplyContractStatus',
  ['NEGOTIATING', 'ACTIVE', 'EXPIRED', 'TERMINATED'],
  {
    description:
      'NEGOTIATING -> ACTIVE (signed) -> EXPIRED (its end date passed); TERMINATED ends it early or abandons the negotiation.',
  },
);
export type SupplyContractStatus = EnumValue<typeof SupplyContractStatus>;

/** What a call-off beyond a commitment does: refused outright, or accepted and flagged. */
export const OverrunPolicy = graphqlEnum('ContractOverrunPolicy', ['REFUSE', 'FLAG'], {
  description: 'REFUSE: a call-off beyond a commitment is refused; FLAG: accepted and flagged.',
});
export type OverrunPolicy = EnumValue<typeof OverrunPolicy>;

/** Whether a commitment counts units or money. */
export const CommitmentMeasure = graphqlEnum('CommitmentMeasure', ['QUANTITY', 'VALUE'], {
  description: 'QUANTITY: units of the product; VALUE: net amount at contract prices.',
});
export type CommitmentMeasure = EnumValue<typeof CommitmentMeasure>;
