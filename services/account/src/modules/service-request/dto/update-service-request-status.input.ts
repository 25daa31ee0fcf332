import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ServiceRequestStatus } from '../service-request-enums';

@InputType()
export class UpdateServiceRequestStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a service request id (UUID)' })
  id: string;

  @Field(() => ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Field(() => String, { nullable: true, description: 'What was done, or why it was cancelled.' })
  @IsOptional()
  @Length(1, 4000, { message: 'note must be 1 to 4000 characters' })
  note?: string;
}
