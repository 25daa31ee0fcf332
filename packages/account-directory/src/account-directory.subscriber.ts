import {
  AccountCreated,
  AccountOwnerChanged,
  AccountUpdated,
  KeyAccountDesignated,
  Topics,
} from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { AccountDirectory } from './account-directory';
import { announceDirectoryChange } from './owned-accounts-cache';

/** The consumer a service adds to keep its account directory in step with the account service. */
export function accountDirectorySubscriber(
  serviceName: string,
  directory = new AccountDirectory(),
) {
  return {
    groupId: `${serviceName}.account-directory`,
    topics: [Topics.account],
    handlers: [
      on(AccountCreated, (event, { manager }) => directory.applyCreated(manager, event.data)),
      on(AccountOwnerChanged, (event, { manager }) =>
        directory.applyOwnerChanged(manager, event.data),
      ),
      on(AccountUpdated, (event, { manager }) => directory.applyRenamed(manager, event.data)),
      on(KeyAccountDesignated, (event, { manager }) =>
        directory.applyKeyAccountDesignated(manager, event.data),
      ),
    ],
  };
}

/** The account directory as a projection that `npm run replay` rebuilds: its table and its consumer. */
export function accountDirectoryProjection(
  serviceName: string,
  directory = new AccountDirectory(),
) {
  return {
    name: 'account-directory',
    tables: ['account_owner'],
    subscribers: [accountDirectorySubscriber(serviceName, directory)],
    // Emptied: every instance's owned-accounts cache forgets what it held at the commit.
    onCleared: announceDirectoryChange,
  };
}
