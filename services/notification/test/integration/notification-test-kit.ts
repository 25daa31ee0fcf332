import type { Clock } from '@salesgraph/service-kit';
import { startServiceUnderTest, type ServiceUnderTest } from '@salesgraph/testing';
import { loadNotificationConfig, type NotificationConfig } from '../../src/config';
import { notificationService } from '../../src/service-definition';

export type NotificationSut = ServiceUnderTest<NotificationConfig>;

/** The real notification service on its own database and topic prefix. */
export function startNotificationService(
  label: string,
  env: Record<string, string> = {},
  clock?: Clock,
): Promise<NotificationSut> {
  return startServiceUnderTest({
    label,
    loadConfig: loadNotificationConfig,
    definition: (config) => notificationService(config, clock ? { clock } : {}),
    env: { EMAIL_DISPATCH_INTERVAL_MS: '100', ...env },
  });
}

/** Publishes events to the producers' topics as they would. */
export { EventPublisher } from '@salesgraph/testing';
