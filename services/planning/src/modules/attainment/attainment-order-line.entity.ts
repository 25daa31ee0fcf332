import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AttainmentOrder } from './attainment-order.entity';
import { moneyColumn } from '@salesgraph/service-kit';

/** A line of a projected order: what attainment per product and product line is summed from. */
@Entity()
export class AttainmentOrderLine {
  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  @PrimaryColumn({ type: 'int' })
  lineNo: number;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'text' })
  productLine: string;

  @Column({
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  })
  netAmount: string;

  @Column({
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  })
  costAmount: string;

  @ManyToOne('AttainmentOrder', 'lines', { onDelete: 'CASCADE' })
  // The naming strategy would name it after the relation and the key's property: order_order_id.
  @JoinColumn({ name: 'order_id' })
  order?: AttainmentOrder;
}
