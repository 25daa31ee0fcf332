import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { ContractCommitment } from './contract-commitment.entity';
import { OverrunPolicy, SupplyContractStatus } from './contract-status';

/**
 * A long-term supply contract of a (key) account: a term, negotiated prices
 * and committed quantities or values per product, drawn down by call-offs.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A long-term supply contract with its commitments and consumption.' })
@Entity({ name: 'supply_contract' })
export class SupplyContract {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Human-readable number, e.g. SC-0007.' })
  @Column({ name: 'contract_number', type: 'text' })
  contractNumber: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => ID, { description: 'The account manager who negotiated it; call-offs credit them.' })
  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Field(() => SupplyContractStatus)
  @Column({ type: 'text' })
  status: SupplyContractStatus;

  @Field(() => GraphQLLocalDate)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the term.' })
  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => OverrunPolicy)
  @Column({ name: 'overrun_policy', type: 'text' })
  overrunPolicy: OverrunPolicy;

  @Field(() => Int, { description: 'ContractExpiring is raised this many days before the end.' })
  @Column({ name: 'notice_days', type: 'int' })
  noticeDays: number;

  @Field(() => [ContractCommitment])
  @OneToMany(() => ContractCommitment, (c) => c.contract, { cascade: ['insert'] })
  commitments: ContractCommitment[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it expired or was terminated.',
  })
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  @Field(() => ID)
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic lock: pass it back as expectedVersion.' })
  @Column({ type: 'int' })
  version: number;
}
