import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { InternalDepartment } from '../account-team/department';
import { ServiceRequestPriority, ServiceRequestStatus } from './service-request-enums';

/** A customer's need that the account manager routed to an internal department. */
@ObjectType({ description: "A customer's need routed to an internal department." })
@Entity({ name: 'service_request' })
@Index('ix_service_request_department', ['department', 'status'])
@Index('ix_service_request_account', ['accountId', 'status'])
export class ServiceRequest {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'The customer contact who raised the need.' })
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
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
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => ServiceRequestStatus)
  @Column({ type: 'text' })
  status: ServiceRequestStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What the department did, or why it was cancelled.',
  })
  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  @Field(() => ID)
  @Column({ name: 'routed_by', type: 'text' })
  routedBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @VersionColumn()
  version: number;
}
