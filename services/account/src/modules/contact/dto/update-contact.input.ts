import { IsEmail, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BuyingRole } from '../buying-role';

@InputType({ description: 'Changes to a contact; fields left out stay as they are.' })
export class UpdateContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a contact id (UUID)' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

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

  @Field(() => BuyingRole, { nullable: true })
  @IsOptional()
  buyingRole?: BuyingRole;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'influence must be between 1 and 5' })
  @Max(5, { message: 'influence must be between 1 and 5' })
  influence?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'relationshipStrength must be between 1 and 5' })
  @Max(5, { message: 'relationshipStrength must be between 1 and 5' })
  relationshipStrength?: number;
}
