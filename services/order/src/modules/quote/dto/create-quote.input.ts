import { Input } from '@salesgraph/service-kit';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrderLineInput } from '../../order/dto/order-line.input';

@InputType({ description: 'A new quote (version 1, a DRAFT) for one of your accounts.' })
export class CreateQuoteInput {
  @Input.id()
  accountId: string;

  @Input.id({
    nullable: true,
    of: 'opportunity',
    description: 'Won with the quote’s amount when accepted.',
  })
  opportunityId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217; the catalogue’s currency when left out (then list prices apply).',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field({ description: 'The last day the customer may accept, e.g. "2026-06-30".' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date such as "2026-06-30"' })
  validUntil: string;

  @Field({ defaultValue: '', description: 'Payment, delivery and other terms.' })
  @MaxLength(10_000)
  terms: string;

  @Field(() => [OrderLineInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}
