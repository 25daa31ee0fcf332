import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { MembershipRequestStatus } from './membership-request-status';
import { SalesTeamRole } from './sales-team-role';

/**
 * A sales manager's request to add someone to a team they lead. Membership
 * decides whose leads, accounts and orders the manager reads and changes, so
 * only an admin changes it: the request waits for one to approve or reject it.
 */
@ObjectType({
  description: 'A sales manager’s request to add someone to their team, for an admin to decide.',
})
@Entity()
@Index('ux_membership_request_pending', ['teamId', 'userId'], {
  unique: true,
  where: `status = 'PENDING'`,
})
export class SalesTeamMembershipRequest extends TrackedEntity {
  @Stored.id()
  teamId: string;

  @Stored.userId({ description: 'The person to add.' })
  userId: string;

  @Stored.enum(SalesTeamRole)
  role: SalesTeamRole;

  @Stored.userId({ description: 'The sales manager who asked.' })
  requestedBy: string;

  @Stored.text({ nullable: true, description: 'Why the manager asks, when they said.' })
  reason: string | null;

  @Stored.enum(MembershipRequestStatus)
  status: MembershipRequestStatus;

  @Stored.userId({ nullable: true, description: 'The admin who decided; null while pending.' })
  decidedBy: string | null;

  @Stored.dateTime({ nullable: true })
  decidedAt: Date | null;

  @Stored.text({ nullable: true, description: 'Why the admin decided so, when they said.' })
  decisionReason: string | null;
}
