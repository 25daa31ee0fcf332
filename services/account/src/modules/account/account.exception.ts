import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@salesgraph/service-kit';

/** The account module's refusals: a code to branch on and a message for a person. */
export const AccountException = {
  /** Unknown, invisible and malformed ids alike, so an account's existence does not leak. */
  notFound: (id: string) => new NotFoundError('Account', id),

  /** An account id that is already taken, e.g. by a different lead's conversion. */
  alreadyExists: (id: string) =>
    new ConflictError(`An account with id ${id} already exists.`, { id }),

  readOnly: () =>
    new ForbiddenError(
      'You may read this account but not change it: only its owner, their sales manager or an admin may.',
    ),

  ownerNotYours: (ownerId: string) =>
    new ForbiddenError(
      `You may not open an account for ${ownerId}: a manager may name only members of their own teams.`,
    ),

  /** One account per company: the domain is another account's. */
  domainTaken: (domain: string, holder: { id: string; name: string }) =>
    new ConflictError(
      `The domain ${domain} belongs to the account "${holder.name}" already: one account per company.`,
      { domain, accountId: holder.id },
    ),

  othersAccounts: () => new ForbiddenError('You may only list your own accounts here.'),

  /** The new parent is the account itself or belongs to its group: the tree would go round. */
  cycle: (account: { name: string }, parent: { id: string; name: string }) =>
    new BadInputError(
      `"${parent.name}" cannot be the parent of "${account.name}": it is "${account.name}" itself or one of the companies below it.`,
      { field: 'parentAccountId', parentAccountId: parent.id },
    ),
};
