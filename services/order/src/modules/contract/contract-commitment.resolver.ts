import {
  DecimalScalar,
  isBehindPace,
  isoDateOf,
  type GraphQLContext,
} from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Product } from '../product/product.entity';
import type { ProductService } from '../product/product.service';
import { ContractCommitment } from './contract-commitment.entity';
import { commitmentExpectedByNow } from './contract-pace';
import { CommitmentMeasure } from './contract-status';

/** Consumption of a commitment, in its own measure, and how it compares with the pace of the term. */
@Resolver(() => ContractCommitment)
export class ContractCommitmentResolver {
  constructor(
    private readonly products: ProductService,
    private readonly tolerancePercent: number,
  ) {}

  @FieldResolver(() => Product, { nullable: true })
  product(
    @Root() c: ContractCommitment,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Product | null> {
    return this.products.load(command, c.productId);
  }

  @FieldResolver(() => CommitmentMeasure)
  measure(@Root() c: ContractCommitment): CommitmentMeasure {
    return c.measure;
  }

  @FieldResolver(() => DecimalScalar, { description: 'The commitment, in its measure.' })
  committed(@Root() c: ContractCommitment): string {
    return c.committed;
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Consumed so far, in the commitment’s measure.',
  })
  consumed(@Root() c: ContractCommitment): string {
    return c.consumed;
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Left to call off (negative after an overrun).',
  })
  remaining(@Root() c: ContractCommitment): string {
    return c.remaining;
  }

  @FieldResolver(() => DecimalScalar, { description: 'consumed / committed x 100, 2 places.' })
  consumedPercent(@Root() c: ContractCommitment): string {
    return c.consumedPercent;
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'What a straight-line pace over the term would have consumed by today.',
  })
  expectedByNow(@Root() c: ContractCommitment, @Ctx() { command }: GraphQLContext): string | null {
    if (!c.contract) return null;
    return commitmentExpectedByNow(
      c.committed,
      c.contract,
      isoDateOf(command.clock.now()),
      c.measure,
    );
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Consumption lags the straight-line pace by more than the tolerance.',
  })
  behindPace(@Root() c: ContractCommitment, @Ctx() context: GraphQLContext): boolean | null {
    const expected = this.expectedByNow(c, context);
    return expected == null ? null : isBehindPace(c.consumed, expected, this.tolerancePercent);
  }
}
