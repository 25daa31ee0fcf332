import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { ServiceRequestStatus } from '../service-request-enums';

@InputType()
export class UpdateServiceRequestStatusInput {
  @Input.id({ of: 'service request' })
  id: string;

  @Field(() => ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Field(() => String, { nullable: true, description: 'What was done, or why it was cancelled.' })
  @IsOptional()
  @Length(1, 4000, { message: 'note must be 1 to 4000 characters' })
  note?: string;
}
