import { TouchpointChanged } from '@salesgraph/events';
import { createHistoryResolver } from '@salesgraph/service-kit';
import { Touchpoint } from './touchpoint.entity';

/** CommunicationTouchpoint.history, read for all touchpoints of a request at once. */
export const TouchpointHistoryResolver = createHistoryResolver(
  Touchpoint,
  { aggregateType: TouchpointChanged.aggregateType },
  { description: 'Who planned, carried out or cancelled this touchpoint, and when.' },
);
