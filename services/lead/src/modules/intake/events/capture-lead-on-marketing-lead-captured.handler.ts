import {
  EventCatalog,
  MarketingLeadCaptured,
  Topics,
  type EventDefinition,
} from '@salesgraph/events';
import { on, RejectedEventError, type Logger } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import { leadServiceName } from '../../../config';
import type { LeadIntakeService } from '../lead-intake.service';

/** The intake's consumer group: an erasure cuts marketing's topic up to what it has read. */
export const marketingIntakeGroup = 'lead.marketing-intake';

/**
 * Marketing's topic carries captured leads and nothing else. An event of an
 * unknown type, or of a known type that does not belong there, goes to the
 * dead-letter topic with the reason, like one that breaks the contract:
 * skipping it silently would lose a lead marketing thinks it sent.
 */
export function captureLeadOnMarketingLeadCaptured(
  intake: LeadIntakeService,
  clock: Clock,
): SubscriberSpec {
  const misplaced = EventCatalog.filter(
    (definition) => definition.type !== MarketingLeadCaptured.type,
  ).map((definition) =>
    on(definition as EventDefinition, async () => {
      throw new RejectedEventError(
        `${definition.type} does not belong on ${Topics.marketingLeads}, which carries ${MarketingLeadCaptured.type} only`,
      );
    }),
  );
  return {
    groupId: marketingIntakeGroup,
    topics: [Topics.marketingLeads],
    unknownTypes: 'dead-letter',
    handlers: [
      on(
        MarketingLeadCaptured,
        async (event, context) => {
          const outcome = await intake.capture(
            eventCommand(leadServiceName, context, clock),
            event.data,
          );
          if (outcome.kind === 'erased') logErased(context.logger, event);
        },
        // Marketing sends thousands at once: a fetch's worth in one transaction (issue 17).
        async (events, { manager, logger }) => {
          const outcomes = await intake.captureBatch(
            manager,
            events.map(({ event, eventContext }) => ({
              command: eventCommand(leadServiceName, { manager, eventContext }, clock),
              data: event.data,
            })),
          );
          outcomes.forEach((outcome, i) => {
            if (outcome.kind === 'erased') logErased(logger, events[i].event);
          });
        },
      ),
      ...misplaced,
    ],
  };
}

/** Counted in the log, never stored: the record names a person erased at their request. */
function logErased(
  logger: Logger,
  event: { id: string; data: { externalId?: string | null } },
): void {
  logger.warn(
    { eventId: event.id, externalId: event.data.externalId },
    'marketing record of an erased person not stored again',
  );
}
