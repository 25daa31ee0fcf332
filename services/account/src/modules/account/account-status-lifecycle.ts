import { defineLifecycle } from '@salesgraph/service-kit';
import { AccountStatus } from './account-enums';

const { ACTIVE, AT_RISK, LOST } = AccountStatus;

/**
 * An account's status, as a table. ACTIVE <-> AT_RISK follow the health
 * score (health-rule); a person closes an account as LOST (the customer is
 * gone) and may reopen it, which makes it ACTIVE until its health is assessed.
 */
export const accountStatusLifecycle = defineLifecycle<AccountStatus>({
  entity: 'Account',
  transitions: {
    [ACTIVE]: [AT_RISK, LOST],
    [AT_RISK]: [ACTIVE, LOST],
    [LOST]: [ACTIVE],
  },
  hint: (from, to) =>
    to === LOST
      ? 'It is lost already.'
      : from === ACTIVE || from === AT_RISK
        ? 'Only a lost account is reopened.'
        : undefined,
});
