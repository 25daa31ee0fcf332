import { TrackedEntity } from '@salesgraph/service-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InternalDepartment } from '../account-team/department';
import { ServiceRequestPriority, ServiceRequestStatus } from './service-request-enums';

/** A customer's need that the account manager routed to an internal department. */
@ObjectType({ description: "A customer's need routed to an internal department." })
@Entity()
@Index('ix_service_request_department', ['department', 'status'])
@Index('ix_service_request_account', ['accountId', 'status'])
export class ServiceRequest extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'The customer contact who raised the need.' })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => InternalDepartment)
  @Column({ type: 'text' })
  department: InternalDepartment;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ServiceRequestPriority)
  @Column({ type: 'text' })
  priority: ServiceRequestPriority;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => ServiceRequestStatus)
  @Column({ type: 'text' })
  status: ServiceRequestStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What the department did, or why it was cancelled.',
  })
  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  routedBy: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
