import { AccessPolicy } from '@salesgraph/access';
import { HistoryReader, type ServiceDeps, PrivacyDesk } from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { NotificationConfig } from './config';
import { ConsentLedger } from './modules/consent/consent-ledger';
import { EmailDispatchService } from './modules/email/email-dispatch.service';
import { LogMailer, type Mailer, SmtpMailer } from './modules/email/mailer';
import { NotificationService } from './modules/notification/notification.service';
import { PreferencesService } from './modules/preference/preferences.service';
import { notificationPersonalData } from './modules/privacy/notification-personal-data';

export type NotificationComponents = ReturnType<typeof notificationComponents>;

/**
 * The composition root: every object of the notification service, built
 * once and shared by the schema, the consumers and the e-mail job. Without
 * SMTP_URL (development, tests that do not look at e-mail) e-mails are
 * logged; config.ts refuses that in production.
 */
export function notificationComponents(deps: ServiceDeps<NotificationConfig>) {
  const { dataSource, outbox, config, clock, logger } = deps;
  const directory = new TeamDirectory();
  const access = new AccessPolicy(dataSource, directory);
  const histories = new HistoryReader(dataSource);
  const preferences = new PreferencesService(dataSource, outbox);
  const notifications = new NotificationService(
    dataSource,
    access,
    preferences,
    config.NOTIFICATION_EMAIL_MAX_AGE_HOURS * 3_600_000,
    new ConsentLedger(),
  );
  const mailer: Mailer =
    config.SMTP_URL && config.EMAIL_LOG_ONLY !== 'true'
      ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
      : new LogMailer(logger);
  const emails = new EmailDispatchService(dataSource, mailer, {
    appUrl: config.APP_URL,
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
  });
  const privacy = new PrivacyDesk('notification', dataSource, outbox, notificationPersonalData);
  return { clock, directory, histories, preferences, notifications, mailer, emails, privacy };
}
