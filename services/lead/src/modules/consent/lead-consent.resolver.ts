import { consentDecisionOf, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import { RecordLeadConsentInput } from './dto/record-lead-consent.input';
import { LeadConsent } from './lead-consent.entity';
import type { LeadConsentService } from './lead-consent.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Lead)
export class LeadConsentResolver {
  constructor(private readonly consents: LeadConsentService) {}

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      "Record that the lead's contact gave or withdrew consent on channels (its owner or their manager). Withdrawing EMAIL, PHONE and VISIT takes the lead out of the assignment rules.",
  })
  recordLeadConsent(
    @Arg('input') input: RecordLeadConsentInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.consents.record(command, input.leadId, consentDecisionOf(command, input));
  }

  @FieldResolver(() => [LeadConsent], {
    description: 'The consent in force on each channel that has a decision (none: not asked yet).',
  })
  consent(@Root() lead: Lead, @Ctx() { command }: GraphQLContext): Promise<LeadConsent[]> {
    return this.consents.currentOf(command, lead.id);
  }

  @FieldResolver(() => [LeadConsent], {
    description: 'Every consent given or withdrawn on any channel, newest first.',
  })
  consentHistory(@Root() lead: Lead, @Ctx() { command }: GraphQLContext): Promise<LeadConsent[]> {
    return this.consents.historyOf(command, lead.id);
  }
}
