import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AccountRef } from '../account/account-ref.type';
import { AccountPlanStatus } from './account-plan-status';
import { PlanProductTarget } from './plan-product-target.entity';

/** The strategic plan for one key account and year, owned by its account manager. */
@ObjectType({ description: 'A key account’s strategic plan for one year.' })
@Entity({ name: 'account_plan' })
export class AccountPlan {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => ID)
  @Column({ name: 'account_manager_id', type: 'text' })
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
  @Column({ name: 'competitor_defence_notes', type: 'text' })
  competitorDefenceNotes: string;

  @Field(() => String, { nullable: true, description: 'Why the sales manager returned the plan.' })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => [PlanProductTarget])
  @OneToMany(() => PlanProductTarget, (target) => target.plan)
  productTargets: PlanProductTarget[];

  @Field(() => ID, { nullable: true })
  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => AccountRef)
  get account(): AccountRef {
    return { id: this.accountId };
  }
}
