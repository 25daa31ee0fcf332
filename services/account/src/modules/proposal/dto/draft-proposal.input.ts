import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType('DraftCustomisationProposalInput', {
  description: 'A proposal to customise a product to the customer’s needs.',
})
export class DraftProposalInput {
  @Input.id({ of: 'account' })
  accountId: string;

  @Input.id({ of: 'product' })
  productId: string;

  @Field()
  @Length(1, 4000, { message: 'requestedChange must be 1 to 4000 characters' })
  requestedChange: string;

  @Field(() => DecimalScalar, { description: 'Expected yearly value, e.g. "48000.00".' })
  @Matches(/^\d{1,15}(\.\d{1,2})?$/, {
    message: 'value must be an amount of zero or more with at most two decimals, e.g. "48000.00"',
  })
  value: string;

  @Field({ defaultValue: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string = 'EUR';
}
