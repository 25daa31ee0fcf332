import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AddSalesTeamMemberInput } from './dto/add-sales-team-member.input';
import { MembershipReasonArgs } from './dto/membership-reason.args';
import { MembershipRequestStatus } from './membership-request-status';
import { SalesTeamMembershipRequest } from './sales-team-membership-request.entity';
import type { TeamMembershipRequestService } from './team-membership-request.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => SalesTeamMembershipRequest)
export class SalesTeamMembershipRequestResolver {
  constructor(private readonly requests: TeamMembershipRequestService) {}

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesTeamMembershipRequest], {
    description:
      'Requests to add people to teams: yours (for the teams you lead), every one for admins; oldest first.',
  })
  salesTeamMemberRequests(
    @Arg('status', () => MembershipRequestStatus, { nullable: true })
    status: MembershipRequestStatus | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeamMembershipRequest[]> {
    return this.requests.list(command, status);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => SalesTeamMembershipRequest, {
    description:
      'Ask an admin to add a rep or account manager to a team you lead. Nothing changes until an admin approves.',
  })
  requestSalesTeamMember(
    @Arg('input') input: AddSalesTeamMemberInput,
    @Args() { reason }: MembershipReasonArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeamMembershipRequest> {
    return this.requests.request(command, input, reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeamMembershipRequest, {
    description: 'Admins: approve a request; the person joins the team.',
  })
  approveSalesTeamMemberRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Args() { reason }: MembershipReasonArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeamMembershipRequest> {
    return this.requests.approve(command, requestId, expectedVersion, reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeamMembershipRequest, {
    description: 'Admins: reject a request; nothing else changes.',
  })
  rejectSalesTeamMemberRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Args() { reason }: MembershipReasonArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeamMembershipRequest> {
    return this.requests.reject(command, requestId, expectedVersion, reason);
  }
}
