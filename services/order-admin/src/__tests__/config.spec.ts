import { loadOrderAdminConfig } from '../config';

const auth = {
  AUTH_ISSUER: 'https://id.example',
  AUTH_AUDIENCE: 'salesgraph',
  AUTH_JWKS_URL: 'https://id.example/.well-known/jwks.json',
};

describe('order-admin configuration', () => {
  it('configures the order-admin consumer with Kafka and the identity provider', () => {
    expect(loadOrderAdminConfig({ KAFKA_BROKERS: 'a:1, b:2', ...auth })).toMatchObject({
      KAFKA_BROKERS: ['a:1', 'b:2'],
      PORT: 4010,
      HOST: '127.0.0.1',
      ORDER_ADMIN_GROUP_PREFIX: 'order-admin.queue',
      ORDER_ADMIN_ROLES: ['SALES_COORDINATOR'],
    });
    expect(() => loadOrderAdminConfig({ ...auth })).toThrow(
      'KAFKA_BROKERS is required but not set',
    );
  });

  it('has no default identity provider: the queue is never served unauthenticated', () => {
    expect(() => loadOrderAdminConfig({ KAFKA_BROKERS: 'a:1' })).toThrow('AUTH_ISSUER');
    expect(() =>
      loadOrderAdminConfig({ KAFKA_BROKERS: 'a:1', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }),
    ).toThrow('AUTH_JWKS_URL');
  });

  it('takes the roles that may read the queue, and refuses unknown ones', () => {
    expect(
      loadOrderAdminConfig({
        KAFKA_BROKERS: 'a:1',
        ...auth,
        ORDER_ADMIN_ROLES: 'SALES_COORDINATOR, SALES_MANAGER',
      }).ORDER_ADMIN_ROLES,
    ).toEqual(['SALES_COORDINATOR', 'SALES_MANAGER']);
    expect(() =>
      loadOrderAdminConfig({ KAFKA_BROKERS: 'a:1', ...auth, ORDER_ADMIN_ROLES: 'EVERYONE' }),
    ).toThrow('ORDER_ADMIN_ROLES');
  });
});
