import { DecimalScalar } from '@salesgraph/service-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { decimalColumn } from '../../shared/decimal';
import { OrderLine } from './order-line.entity';
import { OrderKind, OrderStatus } from './order-status';

/**
 * An order: ad hoc, or a call-off against a supply contract. Totals are
 * computed by the server (see order-pricing.ts) and stored with the lines.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order of a customer account, with lines, totals and margin.' })
@Entity({ name: 'sales_order' })
export class Order {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Human-readable number, e.g. SO-000042.' })
  @Column({ name: 'order_number', type: 'text' })
  orderNumber: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => OrderKind)
  @Column({ type: 'text' })
  kind: OrderKind;

  @Field(() => ID, { nullable: true, description: 'The supply contract of a call-off.' })
  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId: string | null;

  @Field(() => OrderStatus)
  @Column({ type: 'text' })
  status: OrderStatus;

  @Field(() => ID, {
    description: 'Who created the order (a user, or the rep of a won opportunity).',
  })
  @Column({ name: 'placed_by', type: 'text' })
  placedBy: string;

  @Field(() => ID, { description: 'The seller whose target the order counts towards.' })
  @Column({ name: 'credited_to', type: 'text' })
  creditedTo: string;

  @Field(() => String, { nullable: true, description: "The customer's purchasing contact." })
  @Column({ name: 'purchasing_contact_name', type: 'text', nullable: true })
  purchasingContactName: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The contact id in the account service, if known.',
  })
  @Column({ name: 'purchasing_contact_id', type: 'uuid', nullable: true })
  purchasingContactId: string | null;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => [OrderLine])
  @OneToMany(() => OrderLine, (line) => line.order, { cascade: ['insert'] })
  lines: OrderLine[];

  @Field(() => DecimalScalar, { description: 'Sum of the rounded line net amounts.' })
  @Column({ name: 'total_net', type: 'numeric', transformer: decimalColumn(2) })
  totalNet: string;

  @Field(() => DecimalScalar, { description: 'Sum of the rounded line cost amounts.' })
  @Column({ name: 'total_cost', type: 'numeric', transformer: decimalColumn(2) })
  totalCost: string;

  @Field(() => DecimalScalar, { description: 'totalNet - totalCost.' })
  @Column({ type: 'numeric', transformer: decimalColumn(2) })
  margin: string;

  @Field({
    description: 'A call-off that exceeded a commitment of a contract that flags overruns.',
  })
  @Column({ name: 'contract_overrun', type: 'boolean', default: false })
  contractOverrun: boolean;

  @Field(() => ID, { nullable: true, description: 'The won opportunity this draft came from.' })
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the order entered its current status.' })
  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'placed_at', type: 'timestamptz', nullable: true })
  placedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true })
  fulfilledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'invoiced_at', type: 'timestamptz', nullable: true })
  invoicedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Int, {
    description: 'Optimistic lock: pass it back as expectedVersion when you move the order.',
  })
  @Column({ type: 'int' })
  version: number;
}
