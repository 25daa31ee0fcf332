import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** Why a manager asks or an admin decides: optional, kept on the request and in its history. */
@ArgsType()
export class MembershipReasonArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Why, in a sentence or two: kept on the request and shown in its history.',
  })
  @IsOptional()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason?: string;
}
