import { Input } from '@salesgraph/service-kit';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OrderLineInput } from '../../order/dto/order-line.input';

@InputType({
  description:
    'A new version of a quote (a DRAFT again); what is left out is kept from the current version.',
})
export class ReviseQuoteInput {
  @Input.id({ of: 'quote' })
  quoteId: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date such as "2026-06-30"' })
  validUntil?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  terms?: string;

  @Field(() => [OrderLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines?: OrderLineInput[];
}
