import { registerEnumType } from 'type-graphql';

export enum LeadStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  QUALIFIED = 'QUALIFIED',
  DISQUALIFIED = 'DISQUALIFIED',
  CONVERTED = 'CONVERTED',
}

registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description: 'Where a lead is in the new-business pipeline.',
});
