import { defineLifecycle } from '@salesgraph/service-kit';
import type { QuoteStatus } from './quote-status';

/**
 * A quote, as a table. DRAFT -> DRAFT is a revision of a draft (a new
 * version); a SENT or REJECTED quote is revised back into a DRAFT (a new
 * version, sent again). ACCEPTED and WITHDRAWN are final.
 */
export const quoteLifecycle = defineLifecycle<QuoteStatus>({
  entity: 'Quote',
  transitions: {
    DRAFT: ['DRAFT', 'SENT', 'WITHDRAWN'],
    SENT: ['ACCEPTED', 'REJECTED', 'DRAFT', 'WITHDRAWN'],
    REJECTED: ['DRAFT', 'WITHDRAWN'],
    ACCEPTED: [],
    WITHDRAWN: [],
  },
  hint: (from, to) =>
    from === to && from !== 'DRAFT'
      ? undefined
      : {
          DRAFT: 'A draft must be sent to the customer first.',
          SENT: 'The customer has it: record their answer, or revise it.',
          REJECTED: 'Revise it to offer new terms.',
          ACCEPTED: 'An accepted quote is final: it became an order.',
          WITHDRAWN: 'A withdrawn quote is final.',
        }[from],
});
