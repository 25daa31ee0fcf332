import type { PersonalDataMap } from '@salesgraph/service-kit';

/**
 * Where the notification service keeps a person's data (docs/privacy.md):
 * notifications about their lead or contact name them in the text. The
 * notification stays (its recipient, kind, title - an account or company - and link), its text does not.
 */
export const notificationPersonalData: PersonalDataMap = [
  {
    name: 'notificationsAboutThem',
    table: 'notification',
    where: `t.subject_id = ANY($2)`,
    erase: {
      body: `'The text of this notification named a person whose data was erased at their request.'`,
    },
  },
];
