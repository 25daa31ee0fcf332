import { Sensitive, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { precisionAsMigrated } from './order-money-columns';
import { Order } from './order.entity';

/**
 * One line of an order. SKU, name, product line and unit cost are copied
 * from the catalogue when the line is written, so that later catalogue
 * changes never alter an order's margin.
 */
@ObjectType({ description: 'A line of an order, priced and costed when it was written.' })
@Entity()
export class OrderLine {
  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  // The join column is order_id, the column of orderId above: one column, two views of it.
  @ManyToOne(() => Order, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn()
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  order?: Relation<Order>;

  @Stored.int({ column: { primary: true } })
  lineNumber: number;

  @Stored.id()
  productId: string;

  @Stored.text()
  sku: string;

  @Stored.text()
  productName: string;

  @Stored.text()
  productLine: string;

  @Stored.decimal(0)
  quantity: string;

  @Stored.money({ column: precisionAsMigrated })
  unitPrice: string;

  @Stored.decimal(0, { description: 'Percent off the unit price, e.g. "12.5".' })
  discountPercent: string;

  @Stored.text({
    description:
      'Where the unit price came from: LIST_PRICE (the catalogue), ACCOUNT_PRICE_LIST or SEGMENT_PRICE_LIST (priceListId), NEGOTIATED (the seller’s), CONTRACT (a call-off).',
    column: { default: 'LIST_PRICE' },
  })
  priceSource: string;

  @Stored.id({ nullable: true, description: 'The price list the price came from.' })
  priceListId: string | null;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({ description: 'Unit cost at the time of the order.', column: precisionAsMigrated })
  unitCost: string;

  @Stored.currency({
    description:
      'The currency of unitCost and costAmount: the order’s (converted from the catalogue’s at the rate of the day the line was written), or the catalogue’s where no rate converted it.',
  })
  costCurrency: string;

  @Stored.money({
    description: 'quantity x unitPrice x (1 - discountPercent/100), rounded half-up to cents.',
    column: precisionAsMigrated,
  })
  netAmount: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({
    description: 'quantity x unitCost, rounded half-up to cents.',
    column: precisionAsMigrated,
  })
  costAmount: string;

  @Stored.decimal(0, {
    nullable: true,
    description: 'For a call-off: the quantity beyond the contract commitment (flagged overrun).',
  })
  overrunQuantity: string | null;

  @Stored.money({
    nullable: true,
    description: 'For a call-off: the value beyond the contract commitment (flagged overrun).',
    column: precisionAsMigrated,
  })
  overrunValue: string | null;
}
