import { Sensitive, Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, OneToMany } from 'typeorm';
import { precisionAsMigrated } from './order-money-columns';
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
  @Stored.text({ description: 'Human-readable number, e.g. SO-000042.' })
  orderNumber: string;

  @Stored.id()
  accountId: string;

  @Stored.enum(OrderKind)
  kind: OrderKind;

  @Stored.id({ nullable: true, description: 'The supply contract of a call-off.' })
  contractId: string | null;

  @Stored.enum(OrderStatus)
  status: OrderStatus;

  @Stored.userId({
    description: 'Who created the order (a user, or the rep of a won opportunity).',
  })
  placedBy: string;

  @Stored.userId({ description: 'The seller whose target the order counts towards.' })
  creditedTo: string;

  @Stored.text({ nullable: true, description: "The customer's purchasing contact." })
  purchasingContactName: string | null;

  @Stored.id({ nullable: true, description: 'The contact id in the account service, if known.' })
  purchasingContactId: string | null;

  @Stored.currency()
  currency: string;

  @Field(() => [OrderLine])
  @OneToMany(() => OrderLine, (line) => line.order, { cascade: ['insert'] })
  lines: OrderLine[];

  @Stored.money({
    description: 'Sum of the rounded line net amounts.',
    column: precisionAsMigrated,
  })
  totalNet: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({
    description: 'Sum of the rounded line cost amounts.',
    column: precisionAsMigrated,
  })
  totalCost: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({
    description:
      'totalNet - totalCost when costCurrency is the order’s currency; "0.00" when the costs could not be converted (no rate): never a difference of two currencies.',
    column: precisionAsMigrated,
  })
  margin: string;

  @Stored.currency({
    description:
      'The currency of totalCost and the lines’ unit costs: the order’s (converted from the catalogue’s at the rate of the day the lines were written), else the catalogue’s.',
  })
  costCurrency: string;

  @Stored.boolean({
    description: 'A call-off that exceeded a commitment of a contract that flags overruns.',
    column: { default: false },
  })
  contractOverrun: boolean;

  @Stored.id({ nullable: true, description: 'The won opportunity this draft came from.' })
  opportunityId: string | null;

  @Stored.id({ nullable: true, description: 'The accepted quote this order came from.' })
  quoteId: string | null;

  @Stored.text({ nullable: true })
  cancellationReason: string | null;

  @Stored.dateTime({ description: 'When the order entered its current status.' })
  statusChangedAt: Date;

  @Stored.dateTime({ nullable: true })
  placedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  confirmedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  fulfilledAt: Date | null;

  @Stored.dateTime({ nullable: true })
  invoicedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  cancelledAt: Date | null;
}
