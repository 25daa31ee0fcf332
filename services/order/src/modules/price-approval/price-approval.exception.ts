import { DomainError, ForbiddenError, NotFoundError } from '@salesgraph/service-kit';
import type { PriceBreachFinding } from './price-guard.rule';

const describe = (breaches: readonly PriceBreachFinding[]) =>
  breaches
    .map((b) =>
      b.kind === 'BELOW_COST'
        ? `${b.sku} at ${b.netUnitPrice} is below its cost`
        : b.kind === 'NO_EXCHANGE_RATE'
          ? `${b.sku}'s cost cannot be checked: ${b.reason ?? 'no exchange rate'}`
          : `${b.sku} is ${b.discountPercent}% below list (more than ${b.thresholdPercent}%)`,
    )
    .join('; ');

/** The price guard's refusals: a code to branch on and a message for a person. */
export const PriceApprovalException = {
  required: (subject: string, breaches: readonly PriceBreachFinding[], pending: boolean) =>
    new DomainError(
      'PRICE_APPROVAL_REQUIRED',
      `${subject} needs the approval of the seller’s sales manager: ${describe(breaches)}. ` +
        (pending
          ? 'An approval request is waiting for them.'
          : 'Request it with requestPriceApproval.'),
      // Without the cost: the seller who meets this refusal may not be one who reads costs.
      { breaches: breaches.map(({ unitCost: _cost, ...breach }) => breach) },
    ),

  nothingToApprove: (subject: string) =>
    new DomainError(
      'BAD_USER_INPUT',
      `${subject} has no price below cost and no discount over the threshold: nothing to approve.`,
    ),

  notFound: (id: string) => new NotFoundError('PriceApproval', id),

  notTheirManager: (sellerId: string) =>
    new ForbiddenError(
      `Only a sales manager of ${sellerId}’s team (or an admin) decides on their prices; nobody approves their own.`,
    ),

  notYours: () =>
    new ForbiddenError(
      'Only the seller (or their sales manager) asks for the approval of their prices.',
    ),

  notOpen: (subject: string, status: string, what: string) =>
    new DomainError(
      'INVALID_TRANSITION',
      `${subject} is ${status}: only ${what} has its prices approved.`,
      { from: status },
    ),

  decided: (status: string) =>
    new DomainError('INVALID_TRANSITION', `This price approval is ${status} already.`, {
      from: status,
    }),
};
