import {
  downstreamFetchIntervalEnv,
  loadConfig,
  portEnv,
  serviceEnvShape,
} from '@salesgraph/service-kit';
import { z } from 'zod';

/** Every variable the notification service reads; see .env.example. */
export const NotificationConfigSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portEnv(4005),
    KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: downstreamFetchIntervalEnv,
    /**
     * Where e-mail goes: smtp://user:pass@host:port (smtps:// for TLS). A secret
     * when it carries credentials, so no default; without it e-mails are only
     * logged, which production refuses.
     */
    SMTP_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
        .optional(),
    ),
    /**
     * true: e-mails are only logged, even in production (a stack without a mail relay, such as
     * the end-to-end tests'). A deliberate choice, never a default.
     */
    EMAIL_LOG_ONLY: z.enum(['true', 'false']).default('false'),
    /** The sender of every e-mail. */
    MAIL_FROM: z.string().min(3).default('SalesGraph <alerts@salesgraph.invalid>'),
    /** Where links in e-mails point: the front end the reader works in. */
    APP_URL: z.url().default('http://127.0.0.1:4020'),
    /** How often pending e-mails are sent. */
    EMAIL_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5_000),
    /** Warnings older than this when they arrive (a first start, a backlog) reach the feed but not the inbox. */
    NOTIFICATION_EMAIL_MAX_AGE_HOURS: z.coerce
      .number()
      .min(0.01)
      .max(24 * 30)
      .default(24),
    /** After this many failed attempts an e-mail is given up (FAILED, with the reason). */
    EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  })
  .superRefine((config, issues) => {
    if (config.NODE_ENV === 'production' && !config.SMTP_URL && config.EMAIL_LOG_ONLY !== 'true')
      issues.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'is required in production (e-mails are only logged without it; EMAIL_LOG_ONLY=true says that is meant)',
      });
  });
export type NotificationConfig = z.infer<typeof NotificationConfigSchema>;

export function loadNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  return loadConfig('notification', NotificationConfigSchema, env);
}
