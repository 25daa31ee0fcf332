import { Input, PageArgs } from '@salesgraph/service-kit';
import { ArgsType, Field } from 'type-graphql';
import { InternalDepartment } from '../../account-team/department';
import { ServiceRequestStatus } from '../service-request-enums';

@ArgsType()
export class ServiceRequestListArgs extends PageArgs {
  @Field(() => InternalDepartment, { nullable: true })
  department?: InternalDepartment;

  @Input.id({ of: 'account', nullable: true })
  accountId?: string;

  @Field(() => ServiceRequestStatus, { nullable: true })
  status?: ServiceRequestStatus;

  @Field({
    defaultValue: true,
    description: 'Only OPEN and IN_PROGRESS ones (ignored when status is given).',
  })
  openOnly: boolean = true;
}
