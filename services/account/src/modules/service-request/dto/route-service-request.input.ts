import { IsOptional, IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { InternalDepartment } from '../../account-team/department';
import { ServiceRequestPriority } from '../service-request-enums';
import { AccountIdField } from '../../account/dto/account-id.field';

@InputType({ description: "A customer's need, routed to the department that can meet it." })
export class RouteServiceRequestInput {
  @AccountIdField()
  accountId: string;

  @Field(() => InternalDepartment)
  department: InternalDepartment;

  @Field()
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000, { message: 'description must be at most 4000 characters' })
  description?: string;

  @Field(() => ServiceRequestPriority, { defaultValue: ServiceRequestPriority.NORMAL })
  priority: ServiceRequestPriority = ServiceRequestPriority.NORMAL;

  @Field(() => GraphQLLocalDate, { description: 'When the customer needs it, today or later.' })
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'The customer contact who raised it.' })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be a contact id (UUID)' })
  contactId?: string;
}
