import { erasedIfWritten, type PersonalDataMap } from '@salesgraph/service-kit';

/**
 * Where the order service keeps a person's data (docs/privacy.md): the
 * purchasing contact an order names, by the contact's id ($2, from the
 * account service's answer). Amounts, lines and dates stay, so revenue and
 * attainment do not move.
 */
export const orderPersonalData: PersonalDataMap = [
  {
    name: 'ordersNamingThem',
    table: 'sales_order',
    where: `t.purchasing_contact_id::text = ANY($2)`,
    erase: {
      purchasing_contact_name: erasedIfWritten('purchasing_contact_name'),
    },
  },
];
