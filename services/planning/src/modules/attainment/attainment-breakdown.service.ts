import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAttainment } from './account-attainment.type';
import type { AttainmentByAccount } from './attainment-by-account.type';
import type { AttainmentByProductLine } from './attainment-by-product-line.type';
import type { AttainmentByProduct } from './attainment-by-product.type';
import { mergeWithSplits, money, type SplitTarget } from './attainment-breakdown';
import type { AttainmentFigures } from './attainment-figures';
import type { SalesAttainment } from './sales-attainment.type';

/** The breakdowns of an attainment, computed only when a query asks for them. */
export class AttainmentBreakdownService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: AttainmentFigures,
  ) {}

  async byProductLine(
    command: CommandContext,
    attainment: SalesAttainment,
  ): Promise<AttainmentByProductLine[]> {
    const sold = await this.sold(command, attainment, 'productLine');
    const splits: SplitTarget[] = attainment.splits
      .filter((s) => s.productLine)
      .map((s) => ({ key: s.productLine!, amount: s.amount }));
    return mergeWithSplits(sold, splits).map(({ key, ...row }) => ({ ...row, productLine: key }));
  }

  async byProduct(
    command: CommandContext,
    attainment: SalesAttainment,
  ): Promise<AttainmentByProduct[]> {
    const sold = await this.sold(command, attainment, 'product');
    const splits: SplitTarget[] = attainment.splits
      .filter((s) => s.productId)
      .map((s) => ({ key: s.productId!, amount: s.amount }));
    return mergeWithSplits(sold, splits).map(({ key, ...row }) => ({
      ...row,
      productId: key,
      product: { id: key },
    }));
  }

  async byAccount(
    command: CommandContext,
    attainment: SalesAttainment,
  ): Promise<AttainmentByAccount[]> {
    const sold = await this.sold(command, attainment, 'account');
    return sold.map(({ key, ...row }) => ({ ...money(row), accountId: key, account: { id: key } }));
  }

  async accountByProduct(
    command: CommandContext,
    attainment: AccountAttainment,
  ): Promise<AttainmentByProduct[]> {
    const sold = await this.figures.breakdown(
      readerOf(this.dataSource, command),
      { accountId: attainment.accountId },
      attainment.currency,
      attainment.period,
      'product',
    );
    return sold.map(({ key, ...row }) => ({
      ...money(row),
      productId: key,
      product: { id: key },
      target: null,
      gap: null,
    }));
  }

  private sold(
    command: CommandContext,
    attainment: SalesAttainment,
    by: 'product' | 'productLine' | 'account',
  ) {
    return this.figures.breakdown(
      readerOf(this.dataSource, command),
      { creditedTo: attainment.userId },
      attainment.currency,
      attainment.period,
      by,
    );
  }
}
