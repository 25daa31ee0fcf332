import { z } from 'zod';
import { ActivityFields } from '../activity-fields';
import { defineEvent } from '../event-definition';
import { UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const AccountActivityLoggedData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  ...ActivityFields,
  contactId: Uuid.optional().describe('the contact met or spoken to: an interaction with them'),
});
export type AccountActivityLoggedData = z.infer<typeof AccountActivityLoggedData>;

export const AccountActivityLogged = defineEvent({
  type: 'account.AccountActivityLogged.v1',
  name: 'AccountActivityLogged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description:
    'A call, e-mail, meeting or visit with a customer was logged (its notes and visit report stay in the account service).',
  schema: AccountActivityLoggedData,
  subjectOf: (d) => d.accountId,
});
