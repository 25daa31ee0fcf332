import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany } from 'typeorm';
import { AccountRef } from '../account/account-ref.type';
import { AccountPlanStatus } from './account-plan-status';
import { PlanProductTarget } from './plan-product-target.entity';

/** The strategic plan for one key account and year, owned by its account manager. */
@ObjectType({ description: 'A key account’s strategic plan for one year.' })
@Entity()
export class AccountPlan extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.int()
  year: number;

  @Stored.userId()
  accountManagerId: string;

  @Stored.currency()
  currency: string;

  @Stored.enum(AccountPlanStatus)
  status: AccountPlanStatus;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  objectives: string[];

  @Stored.text({ description: 'How the account is defended against competitors.' })
  competitorDefenceNotes: string;

  @Stored.text({ nullable: true, description: 'Why the sales manager returned the plan.' })
  returnReason: string | null;

  @Field(() => [PlanProductTarget])
  @OneToMany(() => PlanProductTarget, (target) => target.plan)
  productTargets: PlanProductTarget[];

  @Stored.userId({ nullable: true })
  approvedBy: string | null;

  @Stored.dateTime({ nullable: true })
  approvedAt: Date | null;

  @Field(() => AccountRef)
  get account(): AccountRef {
    return { id: this.accountId };
  }
}
