import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../account/account-ref.type';
import { LeadConversion } from '../lead/lead-conversion.embedded';
import { Lead } from '../lead/lead.entity';
import { OpportunityStage } from '../opportunity/opportunity-stage';
import type { OpportunityQueryService } from '../opportunity/opportunity-query.service';
import { Opportunity } from '../opportunity/opportunity.entity';
import { confirmedAccountIdOf, conversionOf, opportunityIdOf } from './conversion-outcome';
import type { ConversionService } from './conversion.service';
import { ConvertLeadInput } from './dto/convert-lead.input';

/** Conversion, and what a converted lead became. */
@Resolver(() => Lead)
export class ConversionResolver {
  constructor(
    private readonly conversions: ConversionService,
    private readonly opportunities: OpportunityQueryService,
  ) {}

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      'QUALIFIED -> CONVERTED: the account service creates the account and first contact; an opportunity opens. Once only.',
  })
  convertLead(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ConvertLeadInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.conversions.convert(command, id, input);
  }

  @FieldResolver(() => LeadConversion, {
    nullable: true,
    description: 'What the lead became; null until converted.',
  })
  conversion(@Root() lead: Lead): LeadConversion | null {
    return conversionOf(lead);
  }

  @FieldResolver(() => AccountRef, {
    nullable: true,
    description: 'The customer account, once the account service has confirmed it.',
  })
  account(@Root() lead: Lead): AccountRef | null {
    const id = confirmedAccountIdOf(lead);
    return id ? { id } : null;
  }

  @FieldResolver(() => Opportunity, {
    nullable: true,
    description: 'The opportunity it became, if you may see it.',
  })
  opportunity(@Root() lead: Lead, @Ctx() { command }: GraphQLContext): Promise<Opportunity | null> {
    const id = opportunityIdOf(lead);
    return id ? this.opportunities.visibleById(command, id) : Promise.resolve(null);
  }

  @FieldResolver(() => OpportunityStage, {
    nullable: true,
    description: 'Where the resulting deal stands: the outcome marketing may follow.',
  })
  opportunityStage(
    @Root() lead: Lead,
    @Ctx() { command }: GraphQLContext,
  ): Promise<OpportunityStage | null> {
    const id = opportunityIdOf(lead);
    return id ? this.opportunities.stageOf(command, id) : Promise.resolve(null);
  }
}
