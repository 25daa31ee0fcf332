import { registerEnumType } from 'type-graphql';

/** The buying centre: the people who influence which supplier a customer chooses. */
export enum BuyingRole {
  PURCHASING_MANAGER = 'PURCHASING_MANAGER',
  PURCHASING_OFFICER = 'PURCHASING_OFFICER',
  TECHNICAL_DECISION_MAKER = 'TECHNICAL_DECISION_MAKER',
  SENIOR_EXECUTIVE = 'SENIOR_EXECUTIVE',
  USER = 'USER',
}

export const allBuyingRoles = Object.values(BuyingRole);

// Named ContactBuyingRole in the graph: other subgraphs may have roles of their own.
registerEnumType(BuyingRole, {
  name: 'ContactBuyingRole',
  description: "A contact's part in the customer's buying decisions.",
});
