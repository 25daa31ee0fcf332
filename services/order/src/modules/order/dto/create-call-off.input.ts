import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { CallOffLineInput } from './call-off-line.input';
import { PurchasingContactId, PurchasingContactName } from './purchasing-contact.fields';

@InputType({
  description:
    'A call-off against an ACTIVE supply contract, created as a DRAFT; placing it draws down the contract.',
})
export class CreateCallOffInput {
  @Input.id()
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
