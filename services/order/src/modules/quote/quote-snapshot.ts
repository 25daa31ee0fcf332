import type { QuoteSnapshot } from '@salesgraph/events';
import type { QuoteVersion } from './quote-version.entity';
import type { Quote } from './quote.entity';

/** The current version of a quote (loaded with its versions). */
export function currentVersionOf(quote: Quote): QuoteVersion {
  const version = quote.versions.find((v) => v.versionNumber === quote.currentVersion);
  if (!version) throw new Error(`quote ${quote.id} has no version ${quote.currentVersion}`);
  return version;
}

/** The quote as its events carry it: built here, from the stored quote, and nowhere else. */
export function quoteSnapshotOf(quote: Quote): QuoteSnapshot {
  const current = currentVersionOf(quote);
  return {
    quoteId: quote.id,
    quoteNumber: quote.quoteNumber,
    accountId: quote.accountId,
    ...(quote.opportunityId ? { opportunityId: quote.opportunityId } : {}),
    sellerId: quote.sellerId,
    currency: quote.currency,
    status: quote.status,
    version: current.versionNumber,
    validUntil: current.validUntil,
    terms: current.terms,
    lines: current.lines.map((line) => ({
      productId: line.productId,
      sku: line.sku,
      productName: line.productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      priceSource: line.priceSource,
      unitCost: line.unitCost,
      netAmount: line.netAmount,
    })),
    totalNet: current.totalNet,
    totalCost: current.totalCost,
    ...(current.costCurrency !== quote.currency ? { costCurrency: current.costCurrency } : {}),
    revision: quote.version,
  };
}
