import { ConsentChannel as ChannelSchema, ConsentSource as SourceSchema } from '@salesgraph/events';
import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/*
 * The same enums, with the same values and descriptions, as the account
 * service's: the supergraph merges them into one, and composition refuses two
 * that differ. The values come from the event contract.
 */
export const ConsentChannel = graphqlEnum('ConsentChannel', ChannelSchema.options, {
  description:
    'A way to approach a person, consented to on its own: EMAIL, PHONE and VISIT are sales contact, MARKETING is events, webinars and newsletters.',
});
export type ConsentChannel = EnumValue<typeof ConsentChannel>;

export const ConsentSource = graphqlEnum('ConsentSource', SourceSchema.options, {
  description: 'How a consent was given or withdrawn: the evidence behind the record.',
});
export type ConsentSource = EnumValue<typeof ConsentSource>;
