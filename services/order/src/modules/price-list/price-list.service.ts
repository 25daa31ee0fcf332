import { randomUUID } from 'node:crypto';
import type { AccountDirectory } from '@salesgraph/account-directory';
import { PriceListChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  formatDecimal,
  inTransaction,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Product } from '../product/product.entity';
import type { SetPriceListInput } from './dto/set-price-list.input';
import { choosePrice, type ChosenPrice } from './price-list-choice.rule';
import { PriceList } from './price-list.entity';
import { PriceListException } from './price-list.exception';

/**
 * Price lists: kept by sales managers and admins, read by every seller, and
 * applied to lines without a price of their own (price-list-choice.rule).
 * Each creation or replacement is a PriceListChanged event: its history.
 */
export class PriceListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly accounts: AccountDirectory,
  ) {}

  set(command: CommandContext, input: SetPriceListInput): Promise<PriceList> {
    if (!input.accountId === !input.segment) throw PriceListException.forWhom();
    if (input.validTo && input.validTo < input.validFrom)
      throw PriceListException.validity(input.validFrom, input.validTo);
    const seen = new Set<string>();
    for (const entry of input.entries) {
      if (seen.has(entry.productId)) throw PriceListException.duplicate(entry.productId);
      seen.add(entry.productId);
    }
    return inTransaction(this.dataSource, command, async (manager) => {
      const known = await manager.findBy(Product, { id: In([...seen]) });
      for (const id of seen)
        if (!known.some((p) => p.id === id)) throw PriceListException.unknownProduct(id);
      const existing = input.id
        ? await manager.findOne(PriceList, {
            where: { id: input.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (input.id && !existing) throw PriceListException.notFound(input.id);
      const now = command.clock.now();
      const list = Object.assign(existing ?? new PriceList(), {
        id: existing?.id ?? randomUUID(),
        name: input.name.trim(),
        accountId: input.accountId ?? null,
        segment: input.segment ?? null,
        currency: input.currency,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        entries: input.entries.map((e) => ({
          productId: e.productId,
          unitPrice: formatDecimal(e.unitPrice, 2),
          discountPercent: formatDecimal(e.discountPercent ?? '0'),
        })),
        changedBy: command.user.id,
        updatedAt: now,
        ...(existing ? {} : { createdAt: now }),
      });
      const saved = await manager.save(PriceList, list);
      await this.outbox.append(
        manager,
        PriceListChanged,
        {
          priceListId: saved.id,
          name: saved.name,
          ...(saved.accountId ? { accountId: saved.accountId } : {}),
          ...(saved.segment ? { segment: saved.segment as 'SMALL' | 'MEDIUM' | 'LARGE' } : {}),
          currency: saved.currency,
          validFrom: saved.validFrom,
          ...(saved.validTo ? { validTo: saved.validTo } : {}),
          entries: saved.entries,
          change: existing ? 'REPLACED' : 'CREATED',
          changedBy: command.user.id,
          changedAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      return saved;
    });
  }

  /** The lists of an account (its own and its segment's) or every list, newest first. */
  async list(command: CommandContext, accountId?: string): Promise<PriceList[]> {
    const reader = readerOf(this.dataSource, command);
    if (!accountId) return reader.find(PriceList, { order: { validFrom: 'DESC' }, take: 500 });
    const segment = (await this.accounts.ownerOf(reader, accountId))?.segment ?? null;
    return this.candidates(reader, accountId, segment);
  }

  /** The price each product gets for an account, in a currency, on a day; absent products have none. */
  async pricesFor(
    manager: EntityManager,
    context: { accountId: string; currency: string; on: string },
    productIds: readonly string[],
  ): Promise<Map<string, ChosenPrice>> {
    const prices = new Map<string, ChosenPrice>();
    if (productIds.length === 0) return prices;
    const segment = (await this.accounts.ownerOf(manager, context.accountId))?.segment ?? null;
    const lists = await this.candidates(manager, context.accountId, segment, context.currency);
    for (const id of productIds) {
      const chosen = choosePrice(lists, { ...context, segment }, id);
      if (chosen) prices.set(id, chosen);
    }
    return prices;
  }

  private candidates(
    manager: EntityManager,
    accountId: string,
    segment: string | null,
    currency?: string,
  ): Promise<PriceList[]> {
    const where = [
      { accountId, ...(currency ? { currency } : {}) },
      ...(segment ? [{ accountId: IsNull(), segment, ...(currency ? { currency } : {}) }] : []),
    ];
    return manager.find(PriceList, { where, order: { validFrom: 'DESC' } });
  }
}
