import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import { LeadMerge } from './lead-merge.entity';
import type { LeadMergeService } from './lead-merge.service';

@Resolver(() => Lead)
export class LeadMergesResolver {
  constructor(private readonly mergeService: LeadMergeService) {}

  @FieldResolver(() => [LeadMerge], {
    description: 'Duplicates merged into this lead, oldest first.',
  })
  merges(@Root() lead: Lead, @Ctx() { command }: GraphQLContext): Promise<LeadMerge[]> {
    return this.mergeService.mergesOf(command, lead.id);
  }
}
