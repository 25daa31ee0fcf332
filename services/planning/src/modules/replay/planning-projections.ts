import { accountDirectoryProjection } from '@salesgraph/account-directory';
import type { ProjectionSpec, SubscriberSpec } from '@salesgraph/service-kit';
import { attainmentSubscriber } from '../attainment/events/attainment-on-order-event.handler';
import { pipelineSubscriber } from '../forecast/events/pipeline-on-opportunity-event.handler';

/**
 * The read models planning derives from other services' events, and only
 * from them: a replay (`npm run replay -- planning [name]`) clears exactly
 * these tables and the inbox rows of exactly these consumers, then feeds the
 * topics through them again. Teams, targets and plans are the service's own
 * state and are not here.
 */
export function planningProjections(): ProjectionSpec[] {
  return [
    {
      name: 'attainment',
      tables: ['attainment_order_line', 'attainment_order'],
      subscribers: [attainmentSubscriber()],
    },
    { name: 'pipeline', tables: ['pipeline_opportunity'], subscribers: [pipelineSubscriber()] },
    accountDirectoryProjection('planning'),
  ];
}

/** The live consumers of those projections. */
export function projectionSubscribers(): SubscriberSpec[] {
  return planningProjections().flatMap((p) => p.subscribers);
}
