import type { Notification } from '../notification/notification.entity';
import type { OutgoingEmail } from './mailer';

/** The e-mail of a notification: its title as the subject, its text and where to see it. */
export function emailOf(notification: Notification, appUrl: string): OutgoingEmail {
  const base = appUrl.replace(/\/+$/, '');
  return {
    to: notification.emailTo ?? '',
    subject: `[SalesGraph] ${notification.title}`,
    text: [
      notification.body,
      '',
      `Your notifications: ${base}/notifications`,
      '',
      'You get this e-mail because you chose this kind of notification by e-mail; change it in your notification preferences.',
    ].join('\n'),
    messageId: `<notification-${notification.id}@salesgraph>`,
  };
}
