import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PriceApproval } from '../price-approval/price-approval.entity';
import type { PriceApprovalService } from '../price-approval/price-approval.service';
import type { QuoteDocumentService } from './quote-document.service';
import { currentVersionOf } from './quote-snapshot';
import { QuoteVersion } from './quote-version.entity';
import { Quote } from './quote.entity';
import type { QuoteService } from './quote.service';

/** Thin: authorize, map arguments, call the services. */
@Resolver(() => Quote)
export class QuoteResolver {
  constructor(
    private readonly service: QuoteService,
    private readonly documents: QuoteDocumentService,
    private readonly approvals: PriceApprovalService,
  ) {}

  @Authorized()
  @Query(() => Quote, { description: 'A quote you may see.' })
  quote(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Quote> {
    return this.service.get(command, id);
  }

  @Authorized()
  @Query(() => [Quote], {
    description:
      'A page of the quotes you may see, of one account or opportunity if given; newest first (`offset` skips the newer ones).',
  })
  quotes(
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | undefined,
    @Arg('opportunityId', () => ID, { nullable: true }) opportunityId: string | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Quote[]> {
    return this.service.list(command, { accountId, opportunityId }, page);
  }

  @FieldResolver(() => QuoteVersion, { description: 'The version the customer is offered now.' })
  current(@Root() quote: Quote): QuoteVersion {
    return currentVersionOf(quote);
  }

  @FieldResolver(() => [QuoteVersion], { description: 'Every version, oldest first.' })
  versions(@Root() quote: Quote): QuoteVersion[] {
    return quote.versions;
  }

  @FieldResolver(() => String, {
    description:
      'The printable quote (a complete HTML page, no costs) of the current or the given version.',
  })
  document(
    @Root() quote: Quote,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<string> {
    return this.documents.render(command, quote.id, version ?? undefined);
  }

  @FieldResolver(() => PriceApproval, {
    nullable: true,
    description: 'The latest request for the seller’s manager to approve its prices.',
  })
  priceApproval(
    @Root() quote: Quote,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceApproval | null> {
    return this.approvals.latestOf(command, quote.id);
  }
}
