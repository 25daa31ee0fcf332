import { Input } from '@salesgraph/service-kit';
import { IsInt, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class QuoteMoveArgs {
  @Input.id({ of: 'quote' })
  quoteId: string;

  @Field(() => Int, { description: 'The quote’s version as you last read it.' })
  @IsInt()
  expectedVersion: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why (a rejection or withdrawal); the customer’s purchasing contact for an acceptance.',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
