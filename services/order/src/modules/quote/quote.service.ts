import { randomUUID } from 'node:crypto';
import { QuoteChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  assertUuid,
  eventContextOf,
  inTransaction,
  isoDateOf,
  readerOf,
  updateIfVersion,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import type { UserDirectory } from '../user/user-directory';
import { nextDocumentNumber } from '../numbering/document-number';
import type { LineRequest, OrderLineBuilder } from '../order/order-line-builder';
import type { CreateQuoteInput } from './dto/create-quote.input';
import type { ReviseQuoteInput } from './dto/revise-quote.input';
import { quoteLifecycle } from './quote-lifecycle';
import { currentVersionOf, quoteSnapshotOf } from './quote-snapshot';
import { quoteVersionContent } from './quote-version-content';
import type { QuoteStatus } from './quote-status';
import { QuoteVersion } from './quote-version.entity';
import { Quote } from './quote.entity';
import { QuoteException } from './quote.exception';

/**
 * Writes quotes and their versions, and reads them as the caller may see
 * them (like orders: their own, their team's, their accounts'). Lines are
 * priced by the order's line builder and pricing rules, so an accepted quote
 * becomes an order with the same amounts to the cent.
 */
export class QuoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly lines: OrderLineBuilder,
    private readonly catalogueCurrency: string,
    private readonly users: UserDirectory,
  ) {}

  create(command: CommandContext, input: CreateQuoteInput): Promise<Quote> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const sellerId = await this.access.ownerYouMayChange(
        command,
        manager,
        input.accountId,
        QuoteException.notYourAccount,
      );
      const now = command.clock.now();
      const id = randomUUID();
      const currency = input.currency ?? this.catalogueCurrency;
      const quote = Object.assign(new Quote(), {
        id,
        quoteNumber: await nextDocumentNumber(manager, 'quote_number_seq', 'QT', 6),
        accountId: input.accountId,
        opportunityId: input.opportunityId ?? null,
        sellerId,
        createdBy: command.user.id,
        currency,
        status: 'DRAFT' as QuoteStatus,
        currentVersion: 1,
        orderId: null,
        contractId: null,
        sentAt: null,
        acceptedAt: null,
        rejectedAt: null,
        rejectionReason: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      const first = await this.version(manager, command, quote, 1, input);
      await manager.insert(Quote, { ...quote, versions: undefined });
      await manager.insert(QuoteVersion, first);
      quote.versions = [first];
      await this.rememberActor(manager, command);
      await this.publish(manager, command, quote, 'DRAFTED');
      return quote;
    });
  }

  /** A new version; a sent or rejected quote becomes a DRAFT again, to be sent anew. */
  revise(command: CommandContext, input: ReviseQuoteInput): Promise<Quote> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const quote = await this.loadAtVersion(
        manager,
        command,
        input.quoteId,
        input.expectedVersion,
      );
      this.assertMove(quote, 'DRAFT');
      const current = currentVersionOf(quote);
      const next = await this.version(manager, command, quote, quote.currentVersion + 1, {
        validUntil: input.validUntil ?? current.validUntil,
        terms: input.terms ?? current.terms,
        lines: input.lines ?? current.lines,
      });
      await manager.insert(QuoteVersion, next);
      quote.versions.push(next);
      await this.rememberActor(manager, command);
      await this.claim(manager, command, quote, input.expectedVersion, {
        status: 'DRAFT',
        currentVersion: next.versionNumber,
      });
      await this.publish(manager, command, quote, 'REVISED');
      return quote;
    });
  }

  async get(command: CommandContext, id: string): Promise<Quote> {
    assertUuid(id, 'Quote id');
    const [quote] = await this.find(command, { id });
    if (!quote) throw QuoteException.notFound(id);
    return quote;
  }

  /** One page of the visible quotes of an account or an opportunity (or all the caller may see), newest first. */
  list(
    command: CommandContext,
    filter: { accountId?: string; opportunityId?: string },
    page: { limit: number; offset: number },
  ): Promise<Quote[]> {
    for (const id of [filter.accountId, filter.opportunityId]) if (id) assertUuid(id, 'id');
    return this.find(command, filter, page);
  }

  /** The visible quotes matching `filter`, newest first, one page of them (one quote by default). */
  async find(
    command: CommandContext,
    filter: FindOptionsWhere<Quote>,
    page: { limit: number; offset: number } = { limit: 1, offset: 0 },
  ): Promise<Quote[]> {
    const where = (await this.access.scopeOf(command)).where<Quote>(filter, {
      account: 'accountId',
      owners: ['sellerId', 'createdBy'],
    });
    if (where.length === 0) return [];
    const quotes = await readerOf(this.dataSource, command).find(Quote, {
      where,
      relations: { versions: true },
      // The number breaks ties of the same instant (it follows a sequence), so pages never overlap.
      order: { createdAt: 'DESC', quoteNumber: 'DESC' },
      take: page.limit,
      skip: page.offset,
    });
    for (const quote of quotes) quote.versions.sort((a, b) => a.versionNumber - b.versionNumber);
    return quotes;
  }

  /** The quote about to change, locked, at the version the caller saw; NOT_FOUND when invisible. */
  async loadAtVersion(
    manager: EntityManager,
    command: CommandContext,
    id: string,
    expectedVersion: number,
  ): Promise<Quote> {
    assertUuid(id, 'Quote id');
    const scope = await this.access.scopeOf(command, manager);
    const where = scope.where<Quote>(
      { id },
      { account: 'accountId', owners: ['sellerId', 'createdBy'] },
    );
    const found = where.length
      ? await manager.findOne(Quote, { where, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!found) throw QuoteException.notFound(id);
    if (!scope.records.changes(found.sellerId) && !scope.records.changes(found.createdBy))
      throw QuoteException.notYourAccount(found.accountId);
    if (found.version !== expectedVersion)
      throw QuoteException.changedByOthers(found, expectedVersion);
    found.versions = await manager.find(QuoteVersion, {
      where: { quoteId: id },
      order: { versionNumber: 'ASC' },
    });
    return found;
  }

  assertMove(quote: Quote, to: QuoteStatus): void {
    quoteLifecycle.assert(quote.status, to, `Quote ${quote.quoteNumber}`);
  }

  /** Writes `changes` if the quote is still at the version seen (CONFLICT otherwise). */
  async claim(
    manager: EntityManager,
    command: CommandContext,
    quote: Quote,
    expectedVersion: number,
    changes: Partial<Quote>,
  ): Promise<void> {
    const now = command.clock.now();
    const all = { ...changes, updatedAt: now };
    if (!(await updateIfVersion(manager, Quote, quote.id, expectedVersion, all)))
      throw QuoteException.changedByOthers(quote, expectedVersion);
    Object.assign(quote, all, { version: expectedVersion + 1 });
  }

  /** The acting user's name and e-mail, so that the printed quote can name its seller. */
  rememberActor(manager: EntityManager, command: CommandContext): Promise<void> {
    return this.users.remember(manager, command.user, command.clock.now());
  }

  async publish(
    manager: EntityManager,
    command: CommandContext,
    quote: Quote,
    change: 'DRAFTED' | 'REVISED' | 'SENT' | 'REJECTED' | 'WITHDRAWN',
    reason?: string,
  ): Promise<void> {
    await this.outbox.append(
      manager,
      QuoteChanged,
      {
        quote: quoteSnapshotOf(quote),
        change,
        ...(reason ? { reason } : {}),
        changedAt: command.clock.now().toISOString(),
      },
      eventContextOf(command),
    );
  }

  private async version(
    manager: EntityManager,
    command: CommandContext,
    quote: Quote,
    versionNumber: number,
    content: { validUntil: string; terms: string; lines: readonly LineRequest[] },
  ): Promise<QuoteVersion> {
    if (content.lines.length === 0) throw QuoteException.noLines();
    const today = isoDateOf(command.clock.now());
    if (content.validUntil < today) throw QuoteException.validUntilPast(content.validUntil, today);
    const priced = await this.lines.adHoc(
      manager,
      quote.id,
      content.lines.map((l) => ({
        productId: l.productId,
        quantity: l.quantity,
        ...(l.unitPrice != null ? { unitPrice: l.unitPrice } : {}),
        ...(l.discountPercent != null ? { discountPercent: l.discountPercent } : {}),
      })),
      { accountId: quote.accountId, currency: quote.currency, on: today },
      // Costed as an order's lines: in the quote's currency at the day's rate, else the catalogue's.
      { currency: quote.currency, on: today },
    );
    return Object.assign(new QuoteVersion(), {
      quoteId: quote.id,
      versionNumber,
      validUntil: content.validUntil,
      terms: content.terms,
      ...quoteVersionContent(priced, content.lines, quote.currency),
      createdBy: command.user.id,
      createdAt: command.clock.now(),
    });
  }
}
