import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const TouchpointChannel = graphqlEnum('TouchpointChannel', [
  'EMAIL',
  'PHONE',
  'VISIT',
  'EVENT',
  'WEBINAR',
  'NEWSLETTER',
]);
export type TouchpointChannel = EnumValue<typeof TouchpointChannel>;

/** How often the touchpoint recurs; ONCE ends after it is done. */
export const TouchpointCadence = graphqlEnum(
  'TouchpointCadence',
  ['ONCE', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'],
  { description: 'How often a touchpoint recurs; ONCE is done after the first time.' },
);
export type TouchpointCadence = EnumValue<typeof TouchpointCadence>;

export const TouchpointStatus = graphqlEnum('TouchpointStatus', ['PLANNED', 'DONE', 'CANCELLED'], {
  description: 'PLANNED while it recurs or waits; DONE after a ONCE touchpoint took place.',
});
export type TouchpointStatus = EnumValue<typeof TouchpointStatus>;
