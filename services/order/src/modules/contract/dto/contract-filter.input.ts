import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SupplyContractStatus } from '../contract-status';

@InputType({ description: 'Narrows a list of supply contracts.' })
export class ContractFilter {
  @Field(() => SupplyContractStatus, { nullable: true })
  @IsOptional()
  status?: SupplyContractStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;
}
