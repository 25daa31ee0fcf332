import { registerEnumType } from 'type-graphql';

/** Why an arriving lead was taken for one already known, strongest evidence first. */
export enum LeadDuplicateMatch {
  EXTERNAL_ID = 'EXTERNAL_ID',
  EMAIL = 'EMAIL',
  DOMAIN_AND_CONTACT = 'DOMAIN_AND_CONTACT',
}

registerEnumType(LeadDuplicateMatch, {
  name: 'LeadDuplicateMatch',
  description:
    'What made a lead a duplicate: same external id, same e-mail, or same company domain and contact name.',
});
