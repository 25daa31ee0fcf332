import type { Clock } from '@salesgraph/service-kit';
import { eventCommand } from '@salesgraph/service-kit';
import { LeadConverted } from '@salesgraph/events';
import { on, RejectedEventError } from '@salesgraph/messaging';
import { serviceName } from '../../../service-name';
import type { LeadConversionService } from '../lead-conversion.service';

/**
 * A converted lead becomes an account (see lead-conversion.rule.ts). A
 * conversion that contradicts what exists is rejected: retrying cannot help,
 * so it goes to the dead-letter topic with the reason.
 */
export function accountOnLeadConverted(conversions: LeadConversionService, clock: Clock) {
  return on(LeadConverted, async (event, context) => {
    const decision = await conversions.convert(
      eventCommand(serviceName, context, clock),
      event.data,
    );
    if (decision.kind === 'REFUSE') throw new RejectedEventError(decision.reason);
  });
}
