import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrderLineInput } from './order-line.input';

@InputType({
  description:
    'A new ad hoc order, created as a DRAFT for one of your accounts; place it when ready.',
})
export class CreateOrderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId: string;

  @Field(() => String, { nullable: true, description: "The customer's purchasing contact." })
  @IsOptional()
  @Length(1, 200)
  purchasingContactName?: string;

  @Field(() => ID, { nullable: true, description: 'The contact id in the account service.' })
  @IsOptional()
  @IsUUID('all', { message: 'purchasingContactId must be a UUID' })
  purchasingContactId?: string;

  @Field(() => [OrderLineInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}
