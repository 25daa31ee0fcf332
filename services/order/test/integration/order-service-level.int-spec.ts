import { OrderServiceLevelBreached } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { fixedClock, serviceCommand } from '@salesgraph/service-kit';
import {
  expectData,
  startServiceUnderTest,
  testBroker,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { orderService } from '../../src/service-definition';
import { createOrder, type OrderView } from './support/order-queries';
import { createProducts, outboxEvents, seedDirectories } from './support/order-test-kit';

const account = 'a2000000-0000-4000-8000-0000000000e1';
const { rep, admin } = DemoUsers;

describe('orders over their service level', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let valve: string;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'ordersla',
      loadConfig: loadOrderConfig,
      definition: orderService,
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
    valve = (await createProducts(sut, admin, [{ sku: 'VAL-S', listPrice: '10', unitCost: '5' }]))[
      'VAL-S'
    ];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('raises OrderServiceLevelBreached once per order and status, naming who should act', async () => {
    const order = expectData(
      await sut.query<{ createOrder: OrderView }>(rep, createOrder, {
        input: { accountId: account, lines: [{ productId: valve, quantity: '1' }] },
      }),
    ).createOrder;
    const watch = orderService.components(sut.service.deps).serviceLevels;
    const at = (days: number) =>
      watch.run(serviceCommand('order', fixedClock(new Date(Date.now() + days * 86_400_000))));
    expect(await at(1)).not.toContain(order.id);
    // A draft may wait 10 business days: three calendar weeks later it is over.
    expect(await at(21)).toContain(order.id);
    expect(await at(22)).not.toContain(order.id);
    const breaches = (await outboxEvents(sut, order.id)).filter(
      (e) => e.type === OrderServiceLevelBreached.type,
    );
    expect(breaches).toEqual([
      {
        id: expect.any(String),
        type: OrderServiceLevelBreached.type,
        data: expect.objectContaining({
          orderId: order.id,
          status: 'DRAFT',
          action: 'PLACE',
          serviceLevelBusinessDays: 10,
          responsible: 'SELLER',
          creditedTo: rep.id,
        }),
      },
    ]);
  });
});
