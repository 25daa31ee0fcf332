import { randomUUID } from 'node:crypto';
import { ExchangeRateSet } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  Exact,
  inTransaction,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExchangeRatesArgs } from './dto/exchange-rates.args';
import type { SetExchangeRateInput } from './dto/set-exchange-rate.input';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateException } from './exchange-rate.exception';
import { problemOf, readRatesFile, type RateRow } from './rates-file.rule';

export interface RatesImport {
  /** Rates new or changed by the import (an unchanged rate is not written again). */
  changed: number;
  unchanged: number;
}

/**
 * The exchange-rate table: admins set rates by hand or import a rates file;
 * everyone reads them (they are shown beside every converted amount). Each
 * new or corrected rate is an ExchangeRateSet event: the rate's history.
 */
export class ExchangeRateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  set(command: CommandContext, input: SetExchangeRateInput): Promise<ExchangeRate> {
    const problem = problemOf(
      input.effectiveFrom,
      input.baseCurrency,
      input.quoteCurrency,
      input.rate,
    );
    if (problem) throw ExchangeRateException.invalid(problem);
    return inTransaction(this.dataSource, command, async (manager) => {
      const { rate } = await this.keep(manager, command, { ...input, line: 0 }, 'manual');
      return rate;
    });
  }

  /** A whole rates file, in one transaction: every rate, or (any line wrong) none. */
  importFile(command: CommandContext, text: string, source: string): Promise<RatesImport> {
    const file = readRatesFile(text);
    if (file.problems.length) throw ExchangeRateException.invalidFile(file.problems);
    if (file.rows.length === 0) throw ExchangeRateException.emptyFile();
    return inTransaction(this.dataSource, command, async (manager) => {
      let changed = 0;
      for (const row of file.rows)
        if ((await this.keep(manager, command, row, source)).changed) changed += 1;
      return { changed, unchanged: file.rows.length - changed };
    });
  }

  /** Every rate (or those of one currency, or those in force on a day), by pair and date. */
  list(command: CommandContext, args: ExchangeRatesArgs): Promise<ExchangeRate[]> {
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(ExchangeRate, 'r')
      .orderBy('r.base_currency')
      .addOrderBy('r.quote_currency')
      .addOrderBy('r.effective_from', 'DESC');
    if (args.currency)
      query.andWhere('(r.base_currency = :c OR r.quote_currency = :c)', { c: args.currency });
    if (args.on)
      query
        .andWhere('r.effective_from <= :on', { on: args.on })
        .distinctOn(['r.base_currency', 'r.quote_currency']);
    return query.getMany();
  }

  private async keep(
    manager: EntityManager,
    command: CommandContext,
    row: Omit<RateRow, 'line'> & { line: number },
    source: string,
  ): Promise<{ rate: ExchangeRate; changed: boolean }> {
    const existing = await manager.findOne(ExchangeRate, {
      where: {
        baseCurrency: row.baseCurrency,
        quoteCurrency: row.quoteCurrency,
        effectiveFrom: row.effectiveFrom,
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && new Exact(existing.rate).equals(row.rate))
      return { rate: existing, changed: false };
    const now = command.clock.now();
    const rate = existing ?? new ExchangeRate();
    const previousRate = existing?.rate;
    Object.assign(rate, {
      id: existing?.id ?? randomUUID(),
      baseCurrency: row.baseCurrency,
      quoteCurrency: row.quoteCurrency,
      effectiveFrom: row.effectiveFrom,
      rate: row.rate,
      source,
      setBy: command.user.id,
      updatedAt: now,
      ...(existing ? {} : { createdAt: now }),
    });
    const saved = await manager.save(ExchangeRate, rate);
    await this.outbox.append(
      manager,
      ExchangeRateSet,
      {
        rateId: saved.id,
        baseCurrency: saved.baseCurrency,
        quoteCurrency: saved.quoteCurrency,
        effectiveFrom: saved.effectiveFrom,
        rate: new Exact(row.rate).toFixed(),
        ...(previousRate ? { previousRate: new Exact(previousRate).toFixed() } : {}),
        source,
        setBy: command.user.id,
        setAt: now.toISOString(),
      },
      eventContextOf(command),
    );
    return { rate: saved, changed: true };
  }
}
