import { costAndMarginReaders } from '@salesgraph/access';
import { DecimalScalar, moneyColumn, TrackedEntity } from '@salesgraph/service-kit';
import { Authorized, Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany } from 'typeorm';
import { OrderLine } from './order-line.entity';
import { OrderKind, OrderStatus } from './order-status';

/**
 * An order: ad hoc, or a call-off against a supply contract. Totals are
 * computed by the server (see order-pricing.ts) and stored with the lines.
 * `version` (from TrackedEntity) is the optimistic lock every move takes.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order of a customer account, with lines, totals and margin.' })
// "order" is a reserved word in SQL: the table has a name that needs no quoting.
@Entity({ name: 'sales_order' })
export class Order extends TrackedEntity {
  @Field({ description: 'Human-readable number, e.g. SO-000042.' })
  @Column({ type: 'text' })
  orderNumber: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => OrderKind)
  @Column({ type: 'text' })
  kind: OrderKind;

  @Field(() => ID, { nullable: true, description: 'The supply contract of a call-off.' })
  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  @Field(() => OrderStatus)
  @Column({ type: 'text' })
  status: OrderStatus;

  @Field(() => ID, {
    description: 'Who created the order (a user, or the rep of a won opportunity).',
  })
  @Column({ type: 'text' })
  placedBy: string;

  @Field(() => ID, { description: 'The seller whose target the order counts towards.' })
  @Column({ type: 'text' })
  creditedTo: string;

  @Field(() => String, { nullable: true, description: "The customer's purchasing contact." })
  @Column({ type: 'text', nullable: true })
  purchasingContactName: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The contact id in the account service, if known.',
  })
  @Column({ type: 'uuid', nullable: true })
  purchasingContactId: string | null;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => [OrderLine])
  @OneToMany(() => OrderLine, (line) => line.order, { cascade: ['insert'] })
  lines: OrderLine[];

  @Field(() => DecimalScalar, { description: 'Sum of the rounded line net amounts.' })
  @Column({ type: 'numeric', transformer: moneyColumn })
  totalNet: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar, { description: 'Sum of the rounded line cost amounts.' })
  @Column({ type: 'numeric', transformer: moneyColumn })
  totalCost: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar, { description: 'totalNet - totalCost.' })
  @Column({ type: 'numeric', transformer: moneyColumn })
  margin: string;

  @Field({
    description: 'A call-off that exceeded a commitment of a contract that flags overruns.',
  })
  @Column({ type: 'boolean', default: false })
  contractOverrun: boolean;

  @Field(() => ID, { nullable: true, description: 'The won opportunity this draft came from.' })
  @Column({ type: 'uuid', nullable: true })
  opportunityId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the order entered its current status.' })
  @Column({ type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  placedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  invoicedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
