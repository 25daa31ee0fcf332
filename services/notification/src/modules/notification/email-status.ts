import { type EnumValue, graphqlEnum } from '@salesgraph/service-kit';

export const EmailStatus = graphqlEnum(
  'NotificationEmailStatus',
  ['NOT_WANTED', 'NO_ADDRESS', 'TOO_OLD', 'PENDING', 'SENT', 'FAILED'],
  {
    description: 'Whether a notification also went out by e-mail.',
    valueDescriptions: {
      NOT_WANTED: 'The recipient does not want this kind by e-mail.',
      NO_ADDRESS: 'The recipient wants it, but no address was known when it was raised.',
      TOO_OLD:
        'The event was older than the e-mail age limit when it arrived (a first start, a backlog): in the feed only.',
      PENDING: 'Waiting to be sent (or to be retried after a failure).',
      SENT: 'Accepted by the SMTP server.',
      FAILED: 'Given up after the configured attempts; the reason is kept.',
    },
  },
);
export type EmailStatus = EnumValue<typeof EmailStatus>;
