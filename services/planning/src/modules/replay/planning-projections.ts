import { accountDirectorySubscriber } from '@salesgraph/account-directory';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import { attainmentSubscriber } from '../attainment/events/attainment-on-order-event.handler';
import { pipelineSubscriber } from '../forecast/events/pipeline-on-opportunity-event.handler';

/**
 * The read models planning derives from other services' events, and only
 * from them: the replay clears exactly these tables and the inbox rows of
 * exactly these consumers, then feeds the topics through them again.
 * Teams, targets and plans are the service's own state and are not here.
 */
export const projectionTables = [
  'attainment_order_line',
  'attainment_order',
  'pipeline_opportunity',
  'account_owner',
];

export function projectionSubscribers(): SubscriberSpec[] {
  return [attainmentSubscriber(), pipelineSubscriber(), accountDirectorySubscriber('planning')];
}
