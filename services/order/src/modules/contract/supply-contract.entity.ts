import { TrackedEntity } from '@salesgraph/service-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany } from 'typeorm';
import { ContractCommitment } from './contract-commitment.entity';
import { OverrunPolicy, SupplyContractStatus } from './contract-status';

/**
 * A long-term supply contract of a (key) account: a term, negotiated prices
 * and committed quantities or values per product, drawn down by call-offs.
 * `version` (from TrackedEntity) is the optimistic lock every change takes.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A long-term supply contract with its commitments and consumption.' })
@Entity()
export class SupplyContract extends TrackedEntity {
  @Field({ description: 'Human-readable number, e.g. SC-0007.' })
  @Column({ type: 'text' })
  contractNumber: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID, { description: 'The account manager who negotiated it; call-offs credit them.' })
  @Column({ type: 'text' })
  ownerId: string;

  @Field(() => SupplyContractStatus)
  @Column({ type: 'text' })
  status: SupplyContractStatus;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the term.' })
  @Column({ type: 'date' })
  endDate: string;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => OverrunPolicy)
  @Column({ type: 'text' })
  overrunPolicy: OverrunPolicy;

  @Field(() => Int, { description: 'ContractExpiring is raised this many days before the end.' })
  @Column({ type: 'int' })
  noticeDays: number;

  @Field(() => [ContractCommitment])
  @OneToMany(() => ContractCommitment, (c) => c.contract, { cascade: ['insert'] })
  commitments: ContractCommitment[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it expired or was terminated.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  createdBy: string;
}
