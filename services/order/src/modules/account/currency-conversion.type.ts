import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * What a converted revenue figure is made of: orders of one currency at one
 * rate. The same shape as planning's CurrencyConversion (attainment), so a
 * reader compares the two side by side.
 */
@ObjectType('RevenueConversion', {
  description:
    'Orders in another currency, converted at the rate of their booking date; without a rate they are listed here and not counted.',
})
export class RevenueConversion {
  @Field({ description: 'The orders’ currency.' })
  currency: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The rate used: 1 currency = rate (revenue currency), or the other way round when inverse. Null: no rate on the booking date, so these orders are not in the figures (an admin must set one in planning).',
  })
  rate: string | null;

  @Field(() => String, { nullable: true, description: 'The day the rate took effect.' })
  rateEffectiveFrom: string | null;

  @Field({ description: 'True when the table holds 1 revenue currency = rate currency.' })
  inverse: boolean;

  @Field(() => Int)
  orders: number;

  @Field(() => DecimalScalar, { description: 'Booked, in the orders’ currency.' })
  booked: string;

  @Field(() => DecimalScalar, { description: 'Invoiced, in the orders’ currency.' })
  invoiced: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Booked, converted (each order rounded to cents); null without a rate.',
  })
  bookedConverted: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Invoiced, converted.' })
  invoicedConverted: string | null;
}
