import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { ArrayMaxSize, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RevenueTargetSplitInput } from './revenue-target-split.input';
import { PeriodKind } from '../period-kind';

@InputType({ description: 'Sets (or replaces) the target of one team member for one period.' })
export class SetRevenueTargetInput {
  @Input.userId({ description: 'A rep or account manager of a team you lead.' })
  repId: string;

  @Field(() => PeriodKind)
  @IsEnum(PeriodKind)
  periodKind: PeriodKind;

  @Field({ description: 'First day of the month, quarter or year, e.g. "2026-04-01".' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'periodStart must be a date such as "2026-04-01"' })
  periodStart: string;

  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217; the planning currency when left out.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @Field(() => [RevenueTargetSplitInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  splits?: RevenueTargetSplitInput[];
}
