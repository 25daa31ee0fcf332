import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ProductRef } from '../product/product-ref.type';
import { CompetitorThreat } from './competitor-threat.entity';
import type { CompetitorThreatService } from './competitor-threat.service';
import { LogCompetitorThreatInput } from './dto/log-competitor-threat.input';
import { UpdateCompetitorThreatInput } from './dto/update-competitor-threat.input';
import { accountOwningRoles } from '../account/account-roles';

/** Thin: authorize, map input, call the service. */
@Resolver(() => CompetitorThreat)
export class CompetitorThreatResolver {
  constructor(private readonly threats: CompetitorThreatService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => CompetitorThreat, {
    description: 'Log a competitor threat to an account you own.',
  })
  logCompetitorThreat(
    @Arg('input') input: LogCompetitorThreatInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CompetitorThreat> {
    return this.threats.log(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => CompetitorThreat, { description: 'Change a threat’s status, level or notes.' })
  updateCompetitorThreat(
    @Arg('input') input: UpdateCompetitorThreatInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CompetitorThreat> {
    return this.threats.update(command, input);
  }

  @FieldResolver(() => ProductRef, { nullable: true })
  product(@Root() threat: CompetitorThreat): ProductRef | null {
    return threat.productId ? { id: threat.productId } : null;
  }
}
