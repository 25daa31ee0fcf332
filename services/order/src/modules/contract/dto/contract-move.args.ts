import { IsUUID, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** A contract move names the version the caller saw, like order moves (optimistic locking). */
@ArgsType()
export class ContractMoveArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId: string;

  @Field(() => Int, { description: 'The contract version you saw (SupplyContract.version).' })
  @Min(1)
  expectedVersion: number;
}
