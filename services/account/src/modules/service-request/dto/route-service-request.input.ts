import { IsOptional, Length } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { InternalDepartment } from '../../account-team/department';
import { ServiceRequestPriority } from '../service-request-enums';

@InputType({ description: "A customer's need, routed to the department that can meet it." })
export class RouteServiceRequestInput {
  @Input.id({ of: 'account' })
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

  @Input.id({ of: 'contact', nullable: true, description: 'The customer contact who raised it.' })
  contactId?: string;
}
