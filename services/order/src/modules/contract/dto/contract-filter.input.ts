import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { SupplyContractStatus } from '../contract-status';

@InputType({ description: 'Narrows a list of supply contracts.' })
export class ContractFilter {
  @Field(() => SupplyContractStatus, { nullable: true })
  @IsOptional()
  status?: SupplyContractStatus;

  @Input.id({ nullable: true })
  accountId?: string;
}
