import { IsEmail, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { BuyingRole } from '../buying-role';

@InputType({ description: 'A person at a customer account.' })
export class AddContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
  accountId: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()./-]{3,40}$/, {
    message: 'phone must be a phone number such as +49 30 1234567',
  })
  phone?: string;

  @Field(() => BuyingRole)
  buyingRole: BuyingRole;

  @Field(() => Int, { description: '1 (little) to 5 (decisive).' })
  @Min(1, { message: 'influence must be between 1 and 5' })
  @Max(5, { message: 'influence must be between 1 and 5' })
  influence: number;

  @Field(() => Int, { defaultValue: 1, description: '1 (none yet) to 5 (trusted).' })
  @Min(1, { message: 'relationshipStrength must be between 1 and 5' })
  @Max(5, { message: 'relationshipStrength must be between 1 and 5' })
  relationshipStrength: number = 1;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The last time we spoke, if known.',
  })
  @IsOptional()
  lastInteractionAt?: Date;
}
