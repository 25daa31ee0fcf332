import { Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ContractMoveArgs } from './contract-move.args';

@ArgsType()
export class TerminateContractArgs extends ContractMoveArgs {
  @Field({ description: 'Why the contract ends early (or the negotiation is abandoned).' })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason: string;
}
