import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from 'class-validator';
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

  @Field({
    nullable: true,
    description:
      'ISO 4217; the catalogue’s currency when left out. Lines without a unitPrice take the price list in this currency (another currency than the catalogue’s needs one, or a unitPrice).',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency?: string;

  @PurchasingContactName("The customer's purchasing contact.")
  purchasingContactName?: string;

  @PurchasingContactId('The contact id in the account service.')
  purchasingContactId?: string;

  @Field(() => [OrderLineInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}
