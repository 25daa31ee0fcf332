import { Sensitive, Stored } from '@salesgraph/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { QuoteLine } from './quote-line.type';
import { Quote } from './quote.entity';

/** One version of a quote: what the customer was (or will be) offered. Never changed once written. */
@ObjectType({ description: 'A version of a quote: lines, prices, discounts, validity and terms.' })
@Entity()
export class QuoteVersion {
  @PrimaryColumn({ type: 'uuid' })
  quoteId: string;

  @ManyToOne(() => Quote, (quote) => quote.versions, { onDelete: 'CASCADE' })
  @JoinColumn()
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  quote?: Relation<Quote>;

  @Field(() => Int)
  @PrimaryColumn({ type: 'int' })
  versionNumber: number;

  @Stored.date({ description: 'The last day the customer may accept this version.' })
  validUntil: string;

  @Stored.text({ description: 'Payment, delivery and other terms, as the customer reads them.' })
  terms: string;

  @Field(() => [QuoteLine])
  @Column({ type: 'jsonb' })
  lines: QuoteLine[];

  @Stored.money({ description: 'Sum of the rounded line net amounts.' })
  totalNet: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({ description: 'Sum of the rounded line costs, in costCurrency.' })
  totalCost: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({
    description:
      'totalNet - totalCost when costCurrency is the quote’s currency; "0.00" when the costs could not be converted (no rate): never a difference of two currencies.',
  })
  margin: string;

  @Stored.currency({
    description:
      'The currency of totalCost and the lines’ unit costs: the quote’s (converted from the catalogue’s at the rate of the day the version was written), else the catalogue’s.',
  })
  costCurrency: string;

  @Stored.userId()
  createdBy: string;

  @Stored.dateTime()
  createdAt: Date;
}
