import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CallOffLineInput } from './call-off-line.input';
import { PurchasingContactId, PurchasingContactName } from './purchasing-contact.fields';

@InputType({
  description:
    'A call-off against an ACTIVE supply contract, created as a DRAFT; placing it draws down the contract.',
})
export class CreateCallOffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId: string;

  @PurchasingContactName()
  purchasingContactName?: string;

  @PurchasingContactId()
  purchasingContactId?: string;

  @Field(() => [CallOffLineInput])
  @ArrayMinSize(1, { message: 'a call-off needs at least one line' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: CallOffLineInput[];
}
