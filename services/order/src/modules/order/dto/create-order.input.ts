import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OrderLineInput } from './order-line.input';
import { PurchasingContactId, PurchasingContactName } from './purchasing-contact.fields';

@InputType({
  description:
    'A new ad hoc order, created as a DRAFT for one of your accounts; place it when ready.',
})
export class CreateOrderInput {
  @Input.id()
  accountId: string;

  @PurchasingContactName("The customer's purchasing contact.")
  purchasingContactName?: string;

  @PurchasingContactId('The contact id in the account service.')
  purchasingContactId?: string;

  @Field(() => [OrderLineInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}
