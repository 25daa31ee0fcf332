import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany } from 'typeorm';
import { QuoteStatus } from './quote-status';
import { QuoteVersion } from './quote-version.entity';

/**
 * A quote of an account, usually for an opportunity: versions of lines,
 * prices, discounts, validity and terms. Sent, then accepted (it becomes an
 * order) or rejected. Prices that need the seller's manager (the price
 * guard) wait for the approval before the quote is sent.
 */
@ObjectType({ description: 'A quote to a customer, with its versions.' })
@Entity()
export class Quote extends TrackedEntity {
  @Stored.text({ description: 'Human-readable number, e.g. QT-000042.' })
  quoteNumber: string;

  @Stored.id()
  accountId: string;

  @Stored.id({ nullable: true, description: 'The opportunity it is for; won when accepted.' })
  opportunityId: string | null;

  @Stored.userId({
    description: 'The seller (the account’s owner) the resulting order counts for.',
  })
  sellerId: string;

  @Stored.userId()
  createdBy: string;

  @Stored.currency({ description: 'ISO 4217: every price of the quote is in it.' })
  currency: string;

  @Stored.enum(QuoteStatus)
  status: QuoteStatus;

  @Field(() => Int, { description: 'The version the customer is offered now.' })
  @Column({ type: 'int' })
  currentVersion: number;

  @OneToMany(() => QuoteVersion, (version) => version.quote, { cascade: ['insert'] })
  versions: QuoteVersion[];

  @Stored.id({ nullable: true, description: 'The order the accepted quote became.' })
  orderId: string | null;

  @Stored.id({
    nullable: true,
    description:
      'The supply contract whose commitments the accepted quote became (instead of an order).',
  })
  contractId: string | null;

  @Stored.dateTime({ nullable: true })
  sentAt: Date | null;

  @Stored.dateTime({ nullable: true })
  acceptedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  rejectedAt: Date | null;

  @Stored.text({
    nullable: true,
    description: 'Why the customer said no (or the seller withdrew).',
  })
  rejectionReason: string | null;
}
