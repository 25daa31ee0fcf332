import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CallOffLineInput } from './call-off-line.input';

@InputType({
  description:
    'A call-off against an ACTIVE supply contract, created as a DRAFT; placing it draws down the contract.',
})
export class CreateCallOffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  purchasingContactName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'purchasingContactId must be a UUID' })
  purchasingContactId?: string;

  @Field(() => [CallOffLineInput])
  @ArrayMinSize(1, { message: 'a call-off needs at least one line' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: CallOffLineInput[];
}
