import { DecimalScalar, type GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Clock } from '../../shared/clock';
import { isoDateOf } from '../../shared/clock';
import { Exact, toCents } from '../../shared/decimal';
import { Product } from '../product/product.entity';
import type { SharedLoaders } from '../shared-loaders';
import { ContractCommitment } from './contract-commitment.entity';
import { expectedByNow, isBehindPace } from './contract-pace';
import { CommitmentMeasure } from './contract-status';

/** Consumption of a commitment, in its own measure, and how it compares with the pace of the term. */
@Resolver(() => ContractCommitment)
export class ContractCommitmentResolver {
  constructor(
    private readonly loaders: SharedLoaders,
    private readonly clock: Clock,
    private readonly tolerancePercent: number,
  ) {}

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() c: ContractCommitment, @Ctx() context: GraphQLContext): Promise<Product | null> {
    return this.loaders.product(context, c.productId);
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
    return new Exact(c.committed).minus(c.consumed).toFixed();
  }

  @FieldResolver(() => DecimalScalar, { description: 'consumed / committed x 100, 2 places.' })
  consumedPercent(@Root() c: ContractCommitment): string {
    return toCents(new Exact(c.consumed).dividedBy(c.committed).times(100));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'What a straight-line pace over the term would have consumed by today.',
  })
  expectedByNow(@Root() c: ContractCommitment): string | null {
    return c.contract
      ? expectedByNow(c.committed, c.contract, isoDateOf(this.clock()), c.measure)
      : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Consumption lags the straight-line pace by more than the tolerance.',
  })
  behindPace(@Root() c: ContractCommitment): boolean | null {
    const expected = this.expectedByNow(c);
    return expected == null ? null : isBehindPace(c.consumed, expected, this.tolerancePercent);
  }
}
