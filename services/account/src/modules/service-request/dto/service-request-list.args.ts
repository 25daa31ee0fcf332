import { PageArgs } from '@salesgraph/service-kit';
import { IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { InternalDepartment } from '../../account-team/department';
import { ServiceRequestStatus } from '../service-request-enums';

@ArgsType()
export class ServiceRequestListArgs extends PageArgs {
  @Field(() => InternalDepartment, { nullable: true })
  department?: InternalDepartment;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
  accountId?: string;

  @Field(() => ServiceRequestStatus, { nullable: true })
  status?: ServiceRequestStatus;

  @Field({
    defaultValue: true,
    description: 'Only OPEN and IN_PROGRESS ones (ignored when status is given).',
  })
  openOnly: boolean = true;
}
