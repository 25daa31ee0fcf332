import { registerEnumType } from 'type-graphql';

export enum LeadActivityType {
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  /** Needs a visit report. */
  VISIT = 'VISIT',
}

registerEnumType(LeadActivityType, {
  name: 'LeadActivityType',
  description: 'How the rep followed up: a call, an e-mail, or a visit (with a visit report).',
});
