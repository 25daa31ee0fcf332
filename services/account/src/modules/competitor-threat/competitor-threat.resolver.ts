import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { ProductRef } from '../product/product-ref.type';
import { CompetitorThreat } from './competitor-threat.entity';
import type { CompetitorThreatService } from './competitor-threat.service';
import { LogCompetitorThreatInput } from './dto/log-competitor-threat.input';
import { UpdateCompetitorThreatInput } from './dto/update-competitor-threat.input';

/** Thin: authorize, map input, call the service. */
@Resolver(() => CompetitorThreat)
export class CompetitorThreatResolver {
  constructor(
    private readonly threats: CompetitorThreatService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized('ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER')
  @Mutation(() => CompetitorThreat, {
    description: 'Log a competitor threat to an account you own.',
  })
  logCompetitorThreat(
    @Arg('input') input: LogCompetitorThreatInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CompetitorThreat> {
    return this.threats.log(context, input);
  }

  @Authorized('ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER')
  @Mutation(() => CompetitorThreat, { description: 'Change a threat’s status, level or notes.' })
  updateCompetitorThreat(
    @Arg('input') input: UpdateCompetitorThreatInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CompetitorThreat> {
    return this.threats.update(context, input);
  }

  @FieldResolver(() => ProductRef, { nullable: true })
  product(@Root() threat: CompetitorThreat): ProductRef | null {
    return threat.productId ? { id: threat.productId } : null;
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Who logged and changed this threat, what and when.',
  })
  history(@Root() threat: CompetitorThreat, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.threat, threat);
  }
}
