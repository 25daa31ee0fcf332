import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/**
 * The buying centre: the people who influence which supplier a customer chooses.
 * Named ContactBuyingRole in the graph: other subgraphs may have roles of their own.
 */
export const BuyingRole = graphqlEnum(
  'ContactBuyingRole',
  [
    'PURCHASING_MANAGER',
    'PURCHASING_OFFICER',
    'TECHNICAL_DECISION_MAKER',
    'SENIOR_EXECUTIVE',
    'USER',
  ],
  { description: "A contact's part in the customer's buying decisions." },
);
export type BuyingRole = EnumValue<typeof BuyingRole>;

export const allBuyingRoles = Object.values(BuyingRole);
