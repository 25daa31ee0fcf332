import { DomainError } from '@salesgraph/service-kit';
import type { QuoteStatus } from './quote-status';

/** Refusals of the quote module: a stable code and a message for the seller. */
export class QuoteException extends DomainError {
  static notFound(id: string): QuoteException {
    return new QuoteException('NOT_FOUND', `Quote ${id} was not found, or you may not see it.`, {
      entity: 'Quote',
      id,
    });
  }

  static notYourAccount(accountId: string): QuoteException {
    return new QuoteException(
      'FORBIDDEN',
      `Account ${accountId} is not yours: quote only for accounts you own.`,
      { accountId },
    );
  }

  static changedByOthers(
    quote: { quoteNumber: string; version: number; status: QuoteStatus },
    expectedVersion: number,
  ): QuoteException {
    return new QuoteException(
      'CONFLICT',
      `Someone else changed quote ${quote.quoteNumber} first: you saw version ${expectedVersion}, ` +
        `it is now at version ${quote.version} (${quote.status}). Reload it and decide again.`,
      { currentVersion: quote.version, currentStatus: quote.status, expectedVersion },
    );
  }

  static notForContract(quoteNumber: string, why: string): QuoteException {
    return new QuoteException(
      'BAD_USER_INPUT',
      `Quote ${quoteNumber} cannot become the contract's commitments: ${why}.`,
      { field: 'contractId' },
    );
  }

  static noLines(): QuoteException {
    return new QuoteException('BAD_USER_INPUT', 'A quote needs at least one line.', {
      field: 'lines',
    });
  }

  static validUntilPast(validUntil: string, today: string): QuoteException {
    return new QuoteException(
      'BAD_USER_INPUT',
      `The quote would be valid until ${validUntil}, which is before today (${today}): choose a later date.`,
      { field: 'validUntil' },
    );
  }

  static expired(quoteNumber: string, validUntil: string): QuoteException {
    return new QuoteException(
      'QUOTE_EXPIRED',
      `Quote ${quoteNumber} was valid until ${validUntil}: revise it with a new validity and send it again.`,
      { validUntil },
    );
  }

  static unknownVersion(quoteNumber: string, version: number): QuoteException {
    return new QuoteException('NOT_FOUND', `Quote ${quoteNumber} has no version ${version}.`, {
      version,
    });
  }
}
