import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { formatDecimal, formatMoney } from '../domain/decimal';
import { DecimalScalar } from '../graphql/decimal.scalar';

/** What a converted figure is made of: orders of one currency at one rate (rate-of-day.sql.ts). */
export interface CurrencyConversionFields {
  currency: string;
  rate: string | null;
  rateEffectiveFrom: string | null;
  inverse: boolean;
  orders: number;
  booked: string;
  invoiced: string;
  bookedConverted: string | null;
  invoicedConverted: string | null;
}

/** A conversion as PostgreSQL reads it (numbers as text), in the figures' format: rate to 4 places, money to cents. */
export function formattedConversion(row: CurrencyConversionFields): CurrencyConversionFields {
  return {
    ...row,
    rate: row.rate === null ? null : formatDecimal(row.rate, 4),
    booked: formatMoney(row.booked),
    invoiced: formatMoney(row.invoiced),
    bookedConverted: row.bookedConverted === null ? null : formatMoney(row.bookedConverted),
    invoicedConverted: row.invoicedConverted === null ? null : formatMoney(row.invoicedConverted),
  };
}

/**
 * The GraphQL type that explains a converted figure, named for its service
 * (order's RevenueConversion, planning's CurrencyConversion): one shape, so a
 * reader compares revenue and attainment side by side. `figure` names the
 * currency converted into ("revenue currency", "figure currency").
 */
export function CurrencyConversionOf(
  name: string,
  figure: string,
): ClassType<CurrencyConversionFields> {
  @ObjectType(name, {
    description:
      'Orders in another currency, converted at the rate of their booking date; without a rate they are listed here and not counted.',
  })
  class Conversion implements CurrencyConversionFields {
    @Field({ description: 'The orders’ currency.' })
    currency: string;

    @Field(() => String, {
      nullable: true,
      description: `The rate used: 1 currency = rate (${figure}), or the other way round when inverse. Null: no rate on the booking date, so these orders are not in the figures (an admin must set one in planning).`,
    })
    rate: string | null;

    @Field(() => String, { nullable: true, description: 'The day the rate took effect.' })
    rateEffectiveFrom: string | null;

    @Field({ description: `True when the table holds 1 ${figure} = rate currency.` })
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
  return Conversion;
}
