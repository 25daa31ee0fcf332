import { readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAttainment } from './account-attainment.type';
import type { AttainmentByAccount } from './attainment-by-account.type';
import type { AttainmentByProductLine } from './attainment-by-product-line.type';
import type { AttainmentByProduct } from './attainment-by-product.type';
import { mergeWithSplits, money, type BreakdownRow } from './attainment-breakdown';
import type { AttainmentFigures, AttainmentSubject, Breakdown } from './attainment-figures';
import type { SalesAttainment } from './sales-attainment.type';
import type { SplitInCurrency } from './seller-figures';

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
    const rows = await this.againstSplits(command, attainment, 'productLine', (s) => s.productLine);
    return rows.map(({ key, ...row }) => ({ ...row, productLine: key }));
  }

  async byProduct(
    command: CommandContext,
    attainment: SalesAttainment,
  ): Promise<AttainmentByProduct[]> {
    const rows = await this.againstSplits(command, attainment, 'product', (s) => s.productId);
    return rows.map(byProduct);
  }

  async byAccount(
    command: CommandContext,
    attainment: SalesAttainment,
  ): Promise<AttainmentByAccount[]> {
    const sold = await this.sold(command, { creditedTo: attainment.userId }, attainment, 'account');
    return sold.map(({ key, ...row }) => ({ ...money(row), accountId: key, account: { id: key } }));
  }

  async accountByProduct(
    command: CommandContext,
    attainment: AccountAttainment,
  ): Promise<AttainmentByProduct[]> {
    const sold = await this.sold(
      command,
      { accountId: attainment.accountId },
      attainment,
      'product',
    );
    return sold.map((row) => byProduct({ ...money(row), target: null, gap: null }));
  }

  /** What the seller sold per key, beside the target's splits by that key. */
  private async againstSplits(
    command: CommandContext,
    attainment: SalesAttainment,
    by: 'product' | 'productLine',
    keyOf: (split: SplitInCurrency) => string | null,
  ): Promise<BreakdownRow[]> {
    const sold = await this.sold(command, { creditedTo: attainment.userId }, attainment, by);
    const splits = attainment.splits.flatMap((split) => {
      const key = keyOf(split);
      return key ? [{ key, amount: split.amount }] : [];
    });
    return mergeWithSplits(sold, splits);
  }

  private sold(
    command: CommandContext,
    subject: AttainmentSubject,
    attainment: Pick<SalesAttainment, 'currency' | 'period'>,
    by: Breakdown,
  ) {
    return this.figures.breakdown(
      readerOf(this.dataSource, command),
      subject,
      attainment.currency,
      attainment.period,
      by,
    );
  }
}

function byProduct({ key, ...row }: BreakdownRow): AttainmentByProduct {
  return { ...row, productId: key, product: { id: key } };
}
