import { registerEnumType } from 'type-graphql';

export enum LeadActivityOutcome {
  REACHED = 'REACHED',
  NO_ANSWER = 'NO_ANSWER',
  LEFT_MESSAGE = 'LEFT_MESSAGE',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  INTERESTED = 'INTERESTED',
  NOT_INTERESTED = 'NOT_INTERESTED',
}

registerEnumType(LeadActivityOutcome, {
  name: 'LeadActivityOutcome',
  description: 'What came of a follow-up activity.',
});
