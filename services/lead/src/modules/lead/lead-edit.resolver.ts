import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { UpdateLeadInput } from './dto/update-lead.input';
import type { LeadEditService } from './lead-edit.service';
import { Lead } from './lead.entity';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Lead)
export class LeadEditResolver {
  constructor(private readonly edits: LeadEditService) {}

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Lead, {
    description:
      'Correct a lead’s contact details, segment or consent (its owner or their manager), at the version you last read.',
  })
  updateLead(
    @Arg('input') input: UpdateLeadInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead> {
    return this.edits.update(command, input);
  }
}
