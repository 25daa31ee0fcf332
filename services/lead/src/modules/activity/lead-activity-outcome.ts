import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const LeadActivityOutcome = graphqlEnum(
  'LeadActivityOutcome',
  [
    'REACHED',
    'NO_ANSWER',
    'LEFT_MESSAGE',
    'MEETING_SCHEDULED',
    'INTERESTED',
    'NOT_INTERESTED',
  ] as const,
  { description: 'What came of a follow-up activity.' },
);
export type LeadActivityOutcome = EnumValue<typeof LeadActivityOutcome>;
