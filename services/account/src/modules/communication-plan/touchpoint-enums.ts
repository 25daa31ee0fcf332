import { registerEnumType } from 'type-graphql';

export enum TouchpointChannel {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  EVENT = 'EVENT',
  WEBINAR = 'WEBINAR',
  NEWSLETTER = 'NEWSLETTER',
}

/** How often the touchpoint recurs; ONCE ends after it is done. */
export enum TouchpointCadence {
  ONCE = 'ONCE',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}

export enum TouchpointStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(TouchpointChannel, { name: 'TouchpointChannel' });
registerEnumType(TouchpointCadence, {
  name: 'TouchpointCadence',
  description: 'How often a touchpoint recurs; ONCE is done after the first time.',
});
registerEnumType(TouchpointStatus, {
  name: 'TouchpointStatus',
  description: 'PLANNED while it recurs or waits; DONE after a ONCE touchpoint took place.',
});
