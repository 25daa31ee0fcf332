import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, ObjectType } from 'type-graphql';
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
  @Stored.text()
  name: string;

  @Stored.id()
  accountId: string;

  @Stored.id({ nullable: true, description: 'The lead it was converted from, if any.' })
  leadId: string | null;

  @Stored.userId()
  ownerId: string;

  @Stored.enum(OpportunityStage)
  stage: OpportunityStage;

  @Stored.money({ column: { precision: 17, scale: 2 } })
  amount: string;

  @Stored.text({ description: 'ISO 4217, e.g. "EUR".' })
  currency: string;

  @Stored.int({
    description: 'Percent; by stage unless the owner moved it within the stage’s band.',
  })
  probability: number;

  // Shown as the plain "YYYY-MM-DD" string it has always been, not as a LocalDate.
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  expectedCloseDate: string | null;

  @Field(() => [OpportunityProduct], { description: 'Products of interest.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  products: OpportunityProduct[];

  @Stored.text({ nullable: true })
  lostReason: string | null;

  @Stored.dateTime({
    nullable: true,
    description: 'The follow-up planned by the activity that happened last.',
  })
  nextFollowUpAt: Date | null;

  @Stored.dateTime({ nullable: true, description: 'When it was won or lost.' })
  closedAt: Date | null;

  @Stored.userId()
  createdBy: string;
}
