import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { PriceListEntry } from './price-list-entry.type';

/**
 * Prices for one account, or for every account of a customer segment, in one
 * currency, from `validFrom` (to `validTo`, or open). Which list a line's
 * price comes from is decided by price-list-choice.rule.ts.
 */
@ObjectType({ description: 'Prices and discounts for an account or a customer segment.' })
@Entity()
export class PriceList extends TrackedEntity {
  @Stored.text()
  name: string;

  @Stored.id({ nullable: true, description: 'The account it is for (or a segment).' })
  accountId: string | null;

  @Stored.text({ nullable: true, description: 'SMALL, MEDIUM or LARGE (or an account).' })
  segment: string | null;

  @Stored.currency()
  currency: string;

  @Stored.date()
  validFrom: string;

  @Stored.date({ nullable: true, description: 'The last day it applies; open when null.' })
  validTo: string | null;

  @Field(() => [PriceListEntry])
  @Column({ type: 'jsonb' })
  entries: PriceListEntry[];

  @Stored.userId()
  changedBy: string;
}
