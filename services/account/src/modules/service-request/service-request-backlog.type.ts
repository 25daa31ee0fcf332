import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InternalDepartment } from '../account-team/department';

export const ServiceRequestGrouping = graphqlEnum('ServiceRequestGrouping', [
  'DEPARTMENT',
  'ACCOUNT',
]);
export type ServiceRequestGrouping = EnumValue<typeof ServiceRequestGrouping>;

@ObjectType({ description: 'Open service requests of one department or one account.' })
export class ServiceRequestBacklog {
  @Field(() => InternalDepartment, {
    nullable: true,
    description: 'Set when grouped by DEPARTMENT.',
  })
  department: InternalDepartment | null;

  @Field(() => ID, { nullable: true, description: 'Set when grouped by ACCOUNT.' })
  accountId: string | null;

  @Field(() => String, { nullable: true })
  accountName: string | null;

  @Field(() => Int, { description: 'OPEN and IN_PROGRESS together.' })
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int, { description: 'Open ones past their due date.' })
  overdue: number;

  @Field(() => Int, { description: 'Open ones of priority URGENT.' })
  urgent: number;
}
