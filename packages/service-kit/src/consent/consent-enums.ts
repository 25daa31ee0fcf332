import { ConsentChannel, ConsentSource } from '@salesgraph/events';
import { graphqlEnum, type EnumValue } from '../graphql/graphql-enum';

/*
 * The consent enums of the graph, declared once for every service that keeps
 * consent (lead, account): the supergraph merges same-named enums, and
 * composition refuses two that differ. The values come from the event contract.
 */
export const ConsentChannelEnum = graphqlEnum('ConsentChannel', ConsentChannel.options, {
  description:
    'A way to approach a person, consented to on its own: EMAIL, PHONE and VISIT are sales contact, MARKETING is events, webinars and newsletters.',
});
export type ConsentChannelEnum = EnumValue<typeof ConsentChannelEnum>;

export const ConsentSourceEnum = graphqlEnum('ConsentSource', ConsentSource.options, {
  description: 'How a consent was given or withdrawn: the evidence behind the record.',
});
export type ConsentSourceEnum = EnumValue<typeof ConsentSourceEnum>;
