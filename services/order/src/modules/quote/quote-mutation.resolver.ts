import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { CreateQuoteInput } from './dto/create-quote.input';
import { QuoteMoveArgs } from './dto/quote-move.args';
import { ReviseQuoteInput } from './dto/revise-quote.input';
import { Quote } from './quote.entity';
import type { QuoteWorkflowService } from './quote-workflow.service';
import type { QuoteService } from './quote.service';

const sellers = ['SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER'] as const;

/** Thin: authorize, map input, call the services. */
@Resolver(() => Quote)
export class QuoteMutationResolver {
  constructor(
    private readonly quotes: QuoteService,
    private readonly workflow: QuoteWorkflowService,
  ) {}

  @Authorized(...sellers)
  @Mutation(() => Quote, {
    description: 'A new quote (a DRAFT, version 1) for one of your accounts.',
  })
  createQuote(@Arg('input') input: CreateQuoteInput, @Ctx() { command }: GraphQLContext) {
    return this.quotes.create(command, input);
  }

  @Authorized(...sellers)
  @Mutation(() => Quote, { description: 'A new version of a quote: a DRAFT again, to be sent.' })
  reviseQuote(@Arg('input') input: ReviseQuoteInput, @Ctx() { command }: GraphQLContext) {
    return this.quotes.revise(command, input);
  }

  @Authorized(...sellers)
  @Mutation(() => Quote, {
    description:
      'Send the current version to the customer; PRICE_APPROVAL_REQUIRED while its prices wait for your sales manager.',
  })
  sendQuote(@Args() args: QuoteMoveArgs, @Ctx() { command }: GraphQLContext) {
    return this.workflow.send(command, args.quoteId, args.expectedVersion);
  }

  @Authorized(...sellers)
  @Mutation(() => Quote, {
    description:
      'The customer accepted the sent version: it becomes a placed order (note: their purchasing contact) or, with contractId, the commitments of that supply contract under negotiation; it wins its opportunity.',
  })
  acceptQuote(
    @Args() args: QuoteMoveArgs,
    @Arg('contractId', () => ID, {
      nullable: true,
      description:
        'A supply contract in negotiation for the same account that you may change: the quote’s lines (net prices, quantities, currency) become its commitments, and no order is placed.',
    })
    contractId: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ) {
    return this.workflow.accept(
      command,
      args.quoteId,
      args.expectedVersion,
      args.note ?? undefined,
      contractId ?? undefined,
    );
  }

  @Authorized(...sellers)
  @Mutation(() => Quote, { description: 'The customer rejected the sent version (note: why).' })
  rejectQuote(@Args() args: QuoteMoveArgs, @Ctx() { command }: GraphQLContext) {
    return this.workflow.close(
      command,
      'REJECTED',
      args.quoteId,
      args.expectedVersion,
      args.note ?? undefined,
    );
  }

  @Authorized(...sellers)
  @Mutation(() => Quote, { description: 'Take the quote back (note: why); final.' })
  withdrawQuote(@Args() args: QuoteMoveArgs, @Ctx() { command }: GraphQLContext) {
    return this.workflow.close(
      command,
      'WITHDRAWN',
      args.quoteId,
      args.expectedVersion,
      args.note ?? undefined,
    );
  }
}
