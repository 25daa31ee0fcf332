import { TrackedEntity } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany } from 'typeorm';
import { AccountRef } from '../account/account-ref.type';
import { AccountPlanStatus } from './account-plan-status';
import { PlanProductTarget } from './plan-product-target.entity';

/** The strategic plan for one key account and year, owned by its account manager. */
@ObjectType({ description: 'A key account’s strategic plan for one year.' })
@Entity()
export class AccountPlan extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => ID)
  @Column({ type: 'text' })
  accountManagerId: string;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => AccountPlanStatus)
  @Column({ type: 'text' })
  status: AccountPlanStatus;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  objectives: string[];

  @Field({ description: 'How the account is defended against competitors.' })
  @Column({ type: 'text' })
  competitorDefenceNotes: string;

  @Field(() => String, { nullable: true, description: 'Why the sales manager returned the plan.' })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => [PlanProductTarget])
  @OneToMany(() => PlanProductTarget, (target) => target.plan)
  productTargets: PlanProductTarget[];

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', nullable: true })
  approvedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => AccountRef)
  get account(): AccountRef {
    return { id: this.accountId };
  }
}
