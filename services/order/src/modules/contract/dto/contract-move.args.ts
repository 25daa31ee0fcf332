import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

/** A contract move names the version the caller saw, like order moves (optimistic locking). */
@ArgsType()
export class ContractMoveArgs {
  @Input.id()
  contractId: string;

  @Field(() => Int, { description: 'The contract version you saw (SupplyContract.version).' })
  @Min(1)
  expectedVersion: number;
}
