import { DecimalScalar, moneyColumn } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
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

  @Field(() => ID, { description: 'The rep (or account manager) the target is for.' })
  @Column({ type: 'text' })
  repId: string;

  @Field(() => ID, { description: 'Their team when the target was set.' })
  @Column({ type: 'uuid' })
  teamId: string;

  @Field(() => PeriodKind)
  @Column({ type: 'text' })
  periodKind: PeriodKind;

  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyColumn })
  amount: string;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => [RevenueTargetSplit], {
    description: 'Per product line or per product; may be empty.',
  })
  @OneToMany(() => RevenueTargetSplit, (split) => split.target)
  splits: RevenueTargetSplit[];

  @Field(() => ID)
  @Column({ type: 'text' })
  setBy: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  setAt: Date;
}
