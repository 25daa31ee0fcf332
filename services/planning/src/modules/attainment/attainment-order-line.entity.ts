import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AttainmentOrder } from './attainment-order.entity';
import { moneyColumn } from '@salesgraph/service-kit';

/** A line of a projected order: what attainment per product and product line is summed from. */
@Entity({ name: 'attainment_order_line' })
export class AttainmentOrderLine {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @PrimaryColumn({ name: 'line_no', type: 'int' })
  lineNo: number;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ name: 'product_line', type: 'text' })
  productLine: string;

  @Column({
    name: 'net_amount',
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  })
  netAmount: string;

  @Column({
    name: 'cost_amount',
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  })
  costAmount: string;

  @ManyToOne('AttainmentOrder', 'lines', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: AttainmentOrder;
}
