import { Stored } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { RevenueTargetSplit } from './revenue-target-split.entity';
import { PeriodKind } from './period-kind';

/** What a sales manager expects one member of their team to sell in one period. */
@ObjectType({
  description: 'A revenue target for one person and period, set by their sales manager.',
})
@Entity()
export class RevenueTarget {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.userId({ description: 'The rep (or account manager) the target is for.' })
  repId: string;

  @Stored.id({ description: 'Their team when the target was set.' })
  teamId: string;

  @Stored.enum(PeriodKind)
  periodKind: PeriodKind;

  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Stored.money()
  amount: string;

  @Stored.currency()
  currency: string;

  @Field(() => [RevenueTargetSplit], {
    description: 'Per product line or per product; may be empty.',
  })
  @OneToMany(() => RevenueTargetSplit, (split) => split.target)
  splits: RevenueTargetSplit[];

  @Stored.userId()
  setBy: string;

  @Stored.dateTime()
  setAt: Date;
}
