import { loadOrderAdminConfig } from '../config';

describe('order-admin configuration', () => {
  it('configures the order-admin consumer with Kafka only', () => {
    expect(loadOrderAdminConfig({ KAFKA_BROKERS: 'a:1, b:2' })).toMatchObject({
      KAFKA_BROKERS: ['a:1', 'b:2'],
      PORT: 4010,
      ORDER_ADMIN_GROUP_PREFIX: 'order-admin.queue',
    });
    expect(() => loadOrderAdminConfig({})).toThrow('KAFKA_BROKERS is required but not set');
  });
});
