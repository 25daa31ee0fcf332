import type { AccountDirectory } from '@salesgraph/account-directory';
import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { UserDirectory } from '../user/user-directory';
import { renderQuoteDocument } from './quote-document';
import { QuoteException } from './quote.exception';
import type { QuoteService } from './quote.service';

/** The printable quote: a version the caller may see, rendered for the customer. */
export class QuoteDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly quotes: QuoteService,
    private readonly accounts: AccountDirectory,
    private readonly users: UserDirectory,
  ) {}

  async render(command: CommandContext, quoteId: string, versionNumber?: number): Promise<string> {
    const quote = await this.quotes.get(command, quoteId);
    const wanted = versionNumber ?? quote.currentVersion;
    const version = quote.versions.find((v) => v.versionNumber === wanted);
    if (!version) throw QuoteException.unknownVersion(quote.quoteNumber, wanted);
    const reader = readerOf(this.dataSource, command);
    const account = await this.accounts.ownerOf(reader, quote.accountId);
    return renderQuoteDocument(quote, version, {
      seller: await this.users.contactOf(reader, quote.sellerId),
      customer: account?.name ?? quote.accountId,
    });
  }
}
