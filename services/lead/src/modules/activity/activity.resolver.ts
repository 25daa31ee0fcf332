import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import type { LeadService } from '../lead/lead.service';
import type { ActivityService } from './activity.service';
import { LogLeadActivityInput } from './dto/log-lead-activity.input';
import { LeadActivity } from './lead-activity.entity';
import { OverdueFollowUps } from './overdue-follow-ups.type';

/** Follow-up: activities on a lead and what is overdue. */
@Resolver(() => Lead)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly leads: LeadService,
  ) {}

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => LeadActivity, {
    description: 'Record a call, e-mail or visit and plan the next follow-up.',
  })
  logLeadActivity(
    @Arg('leadId', () => ID) leadId: string,
    @Arg('input') input: LogLeadActivityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<LeadActivity> {
    return this.activityService.log(command, leadId, input);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      'Plan (or move) the lead’s next follow-up by hand; null clears it. A later activity decides again.',
  })
  planLeadFollowUp(
    @Arg('leadId', () => ID) leadId: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.activityService.planFollowUp(command, leadId, at ?? null);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Query(() => [Lead], {
    description:
      'Open leads whose follow-up is overdue, most overdue first; a manager may name a rep.',
  })
  overdueFollowUps(
    @Arg('ownerId', () => ID, { nullable: true }) ownerId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead[]> {
    return this.leads.overdue(command, ownerId, page);
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [OverdueFollowUps], { description: 'Overdue follow-ups per rep of your teams.' })
  overdueFollowUpsByRep(@Ctx() { command }: GraphQLContext): Promise<OverdueFollowUps[]> {
    return this.activityService.overdueByRep(command);
  }

  @FieldResolver(() => [LeadActivity], {
    description:
      'Calls, e-mails and visits, newest first. The sales team’s notes: not for marketing.',
  })
  activities(@Root() lead: Lead, @Ctx() { command }: GraphQLContext): Promise<LeadActivity[]> {
    return this.activityService.activitiesOf(command, lead);
  }
}
