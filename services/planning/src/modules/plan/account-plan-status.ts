import { registerEnumType } from 'type-graphql';

export enum AccountPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
}

registerEnumType(AccountPlanStatus, {
  name: 'AccountPlanStatus',
  description:
    'DRAFT (the account manager edits it) → SUBMITTED → APPROVED by the sales manager, or returned to DRAFT; an approved plan is revised as a new DRAFT.',
});
