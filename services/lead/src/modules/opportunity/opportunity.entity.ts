import { DecimalScalar, moneyColumn, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { OpportunityProduct } from './opportunity-product.type';
import { OpportunityStage } from './opportunity-stage';

/**
 * A deal or contract under negotiation with a new or existing customer, owned
 * by one seller. `version` is the revision every opportunity event carries.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A deal or contract under negotiation.' })
@Entity({ name: 'opportunity' })
export class Opportunity extends TrackedEntity {
  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'The lead it was converted from, if any.' })
  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  ownerId: string;

  @Field(() => OpportunityStage)
  @Column({ type: 'text' })
  stage: OpportunityStage;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 17, scale: 2, transformer: moneyColumn })
  amount: string;

  @Field({ description: 'ISO 4217, e.g. "EUR".' })
  @Column({ type: 'text' })
  currency: string;

  @Field(() => Int, {
    description: 'Percent; by stage unless the owner moved it within the stage’s band.',
  })
  @Column({ type: 'int' })
  probability: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  expectedCloseDate: string | null;

  @Field(() => [OpportunityProduct], { description: 'Products of interest.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  products: OpportunityProduct[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was won or lost.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  createdBy: string;
}
