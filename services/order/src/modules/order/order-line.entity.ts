import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { decimalColumn } from '../../shared/decimal';
import { Order } from './order.entity';

/**
 * One line of an order. SKU, name, product line and unit cost are copied
 * from the catalogue when the line is written, so that later catalogue
 * changes never alter an order's margin.
 */
@ObjectType({ description: 'A line of an order, priced and costed when it was written.' })
@Entity({ name: 'order_line' })
export class OrderLine {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  order?: Relation<Order>;

  @Field(() => Int)
  @PrimaryColumn({ name: 'line_number', type: 'int' })
  lineNumber: number;

  @Field(() => ID)
  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field()
  @Column({ type: 'text' })
  sku: string;

  @Field()
  @Column({ name: 'product_name', type: 'text' })
  productName: string;

  @Field()
  @Column({ name: 'product_line', type: 'text' })
  productLine: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', transformer: decimalColumn(0) })
  quantity: string;

  @Field(() => DecimalScalar)
  @Column({ name: 'unit_price', type: 'numeric', transformer: decimalColumn(2) })
  unitPrice: string;

  @Field(() => DecimalScalar, { description: 'Percent off the unit price, e.g. "12.5".' })
  @Column({ name: 'discount_percent', type: 'numeric', transformer: decimalColumn(0) })
  discountPercent: string;

  @Field(() => DecimalScalar, { description: 'Unit cost at the time of the order.' })
  @Column({ name: 'unit_cost', type: 'numeric', transformer: decimalColumn(2) })
  unitCost: string;

  @Field(() => DecimalScalar, {
    description: 'quantity x unitPrice x (1 - discountPercent/100), rounded half-up to cents.',
  })
  @Column({ name: 'net_amount', type: 'numeric', transformer: decimalColumn(2) })
  netAmount: string;

  @Field(() => DecimalScalar, { description: 'quantity x unitCost, rounded half-up to cents.' })
  @Column({ name: 'cost_amount', type: 'numeric', transformer: decimalColumn(2) })
  costAmount: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'For a call-off: the quantity beyond the contract commitment (flagged overrun).',
  })
  @Column({
    name: 'overrun_quantity',
    type: 'numeric',
    nullable: true,
    transformer: decimalColumn(0),
  })
  overrunQuantity: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'For a call-off: the value beyond the contract commitment (flagged overrun).',
  })
  @Column({ name: 'overrun_value', type: 'numeric', nullable: true, transformer: decimalColumn(2) })
  overrunValue: string | null;
}
