import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { InternalDepartment } from '../account-team/department';
import { ServiceRequestPriority, ServiceRequestStatus } from './service-request-enums';

/** A customer's need that the account manager routed to an internal department. */
@ObjectType({ description: "A customer's need routed to an internal department." })
@Entity()
@Index('ix_service_request_department', ['department', 'status'])
@Index('ix_service_request_account', ['accountId', 'status'])
export class ServiceRequest extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.id({ nullable: true, description: 'The customer contact who raised the need.' })
  contactId: string | null;

  @Stored.enum(InternalDepartment)
  department: InternalDepartment;

  @Stored.text()
  title: string;

  @Stored.text({ nullable: true })
  description: string | null;

  @Stored.enum(ServiceRequestPriority)
  priority: ServiceRequestPriority;

  @Stored.date()
  dueDate: string;

  @Stored.enum(ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Stored.text({ nullable: true, description: 'What the department did, or why it was cancelled.' })
  resolutionNote: string | null;

  @Stored.userId()
  routedBy: string;

  @Stored.dateTime({ nullable: true })
  closedAt: Date | null;
}
