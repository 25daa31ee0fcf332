import { costAndMarginReaders } from '@salesgraph/access';
import { decimalColumn, DecimalScalar, moneyColumn } from '@salesgraph/service-kit';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
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

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  lineNumber: number;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  productId: string;

  @Field()
  @Column({ type: 'text' })
  sku: string;

  @Field()
  @Column({ type: 'text' })
  productName: string;

  @Field()
  @Column({ type: 'text' })
  productLine: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', transformer: decimalColumn(0) })
  quantity: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', transformer: moneyColumn })
  unitPrice: string;

  @Field(() => DecimalScalar, { description: 'Percent off the unit price, e.g. "12.5".' })
  @Column({ type: 'numeric', transformer: decimalColumn(0) })
  discountPercent: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar, { description: 'Unit cost at the time of the order.' })
  @Column({ type: 'numeric', transformer: moneyColumn })
  unitCost: string;

  @Field(() => DecimalScalar, {
    description: 'quantity x unitPrice x (1 - discountPercent/100), rounded half-up to cents.',
  })
  @Column({ type: 'numeric', transformer: moneyColumn })
  netAmount: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar, { description: 'quantity x unitCost, rounded half-up to cents.' })
  @Column({ type: 'numeric', transformer: moneyColumn })
  costAmount: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'For a call-off: the quantity beyond the contract commitment (flagged overrun).',
  })
  @Column({ type: 'numeric', nullable: true, transformer: decimalColumn(0) })
  overrunQuantity: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'For a call-off: the value beyond the contract commitment (flagged overrun).',
  })
  @Column({ type: 'numeric', nullable: true, transformer: moneyColumn })
  overrunValue: string | null;
}
