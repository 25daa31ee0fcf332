import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, OneToMany } from 'typeorm';
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
  @Stored.text({ description: 'Human-readable number, e.g. SC-0007.' })
  contractNumber: string;

  @Stored.id()
  accountId: string;

  @Stored.userId({ description: 'The account manager who negotiated it; call-offs credit them.' })
  ownerId: string;

  @Stored.enum(SupplyContractStatus)
  status: SupplyContractStatus;

  @Stored.date()
  startDate: string;

  @Stored.date({ description: 'The last day of the term.' })
  endDate: string;

  @Stored.currency()
  currency: string;

  @Stored.enum(OverrunPolicy)
  overrunPolicy: OverrunPolicy;

  @Stored.int({ description: 'ContractExpiring is raised this many days before the end.' })
  noticeDays: number;

  @Field(() => [ContractCommitment])
  @OneToMany(() => ContractCommitment, (c) => c.contract, { cascade: ['insert'] })
  commitments: ContractCommitment[];

  @Stored.dateTime({ nullable: true })
  signedAt: Date | null;

  @Stored.dateTime({ nullable: true, description: 'When it expired or was terminated.' })
  endedAt: Date | null;

  @Stored.text({ nullable: true })
  terminationReason: string | null;

  @Stored.userId()
  createdBy: string;
}
