import { ArrayMaxSize, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OrderLineInput } from './order-line.input';
import { PurchasingContactId, PurchasingContactName } from './purchasing-contact.fields';

@InputType({
  description:
    'Changes to a DRAFT: the lines given replace all lines (call-off lines take contract prices).',
})
export class UpdateDraftOrderInput {
  @Input.id()
  orderId: string;

  @Field(() => Int, {
    description: 'The version you saw; someone else’s change in between is a CONFLICT.',
  })
  @Min(1)
  expectedVersion: number;

  @PurchasingContactName()
  purchasingContactName?: string;

  @PurchasingContactId()
  purchasingContactId?: string;

  @Field(() => [OrderLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  lines?: OrderLineInput[];
}
