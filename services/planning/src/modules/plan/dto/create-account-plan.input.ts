import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

@InputType({ description: 'Opens the plan of one of your key accounts for a year, as a draft.' })
export class CreateAccountPlanInput {
  @Input.id()
  accountId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: 'year must be between 2000 and 2100' })
  @Max(2100, { message: 'year must be between 2000 and 2100' })
  year: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217; the planning currency when left out.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true, message: 'each objective must be 1 to 500 characters' })
  objectives?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  competitorDefenceNotes?: string;
}
