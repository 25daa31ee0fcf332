import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A lead a rep found themselves.' })
export class CreateLeadInput {
  @Field()
  @Length(1, 300)
  company: string;

  @Field()
  @Length(1, 200)
  contactName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;
}
