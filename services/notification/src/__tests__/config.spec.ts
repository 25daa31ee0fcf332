import { offlineServiceEnv } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';

describe('notification configuration', () => {
  const base = offlineServiceEnv(4005);

  it('logs e-mails in development when no SMTP server is configured', () => {
    const config = loadNotificationConfig(base);
    expect(config.SMTP_URL).toBeUndefined();
    expect(config).toMatchObject({
      EMAIL_LOG_ONLY: 'false',
      EMAIL_MAX_ATTEMPTS: 8,
      NOTIFICATION_EMAIL_MAX_AGE_HOURS: 24,
    });
  });

  it('refuses to start in production without an SMTP server, unless logging only is said', () => {
    const production = { ...base, NODE_ENV: 'production' };
    expect(() => loadNotificationConfig(production)).toThrow(/SMTP_URL: is required in production/);
    expect(loadNotificationConfig({ ...production, EMAIL_LOG_ONLY: 'true' }).EMAIL_LOG_ONLY).toBe(
      'true',
    );
    expect(
      loadNotificationConfig({ ...production, SMTP_URL: 'smtp://relay.example.test:587' }).SMTP_URL,
    ).toBe('smtp://relay.example.test:587');
  });

  it('refuses a URL that is not SMTP and a zero attempt count, all at once', () => {
    expect(() =>
      loadNotificationConfig({ ...base, SMTP_URL: 'http://mail', EMAIL_MAX_ATTEMPTS: '0' }),
    ).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL[\s\S]*EMAIL_MAX_ATTEMPTS/);
  });
});
