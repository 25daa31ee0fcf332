import { AccountDirectory } from '@salesgraph/account-directory';
import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { GraphQLSchema } from 'graphql';
import type { OrderConfig } from './config';
import { AccountOrdersResolver } from './modules/account/account-orders.resolver';
import { contractReference } from './modules/contract/contract.reference';
import { ContractCommitmentResolver } from './modules/contract/contract-commitment.resolver';
import { ContractMutationResolver } from './modules/contract/contract-mutation.resolver';
import { ContractResolver } from './modules/contract/contract.resolver';
import { orderReference } from './modules/order/order.reference';
import { OrderLineResolver } from './modules/order/order-line.resolver';
import { OrderMutationResolver } from './modules/order/order-mutation.resolver';
import { OrderResolver } from './modules/order/order.resolver';
import { productReference } from './modules/product/product.reference';
import { ProductResolver } from './modules/product/product.resolver';
import { OrderQueueResolver } from './modules/queue/order-queue.resolver';
import { User } from './modules/user/user.type';
import { UserOrdersResolver } from './modules/user/user-orders.resolver';
import { OrderModule } from './order-module';

const MeResolver = createMeResolver(User);

/** The order subgraph: resolvers wired by hand to their services. */
export function buildOrderSchema(deps: ServiceDeps<OrderConfig>): Promise<GraphQLSchema> {
  const m = new OrderModule(deps, new AccountDirectory(), new TeamDirectory());
  const resolvers = [
    new ProductResolver(m.products),
    new OrderResolver(m.orders, m.loaders),
    new OrderLineResolver(m.loaders),
    new OrderMutationResolver(m.drafting, m.workflow),
    new OrderQueueResolver(m.queue),
    new ContractResolver(m.contracts, m.orders),
    new ContractCommitmentResolver(
      m.loaders,
      m.clock,
      deps.config.CONTRACT_UNDERRUN_TOLERANCE_PERCENT,
    ),
    new ContractMutationResolver(m.negotiation, m.lifecycle),
    new AccountOrdersResolver(m.orders, m.contracts, m.revenue),
    new UserOrdersResolver(m.orders),
    new MeResolver(),
  ];
  return buildSubgraphSchema({
    resolvers: [
      ProductResolver,
      OrderResolver,
      OrderLineResolver,
      OrderMutationResolver,
      OrderQueueResolver,
      ContractResolver,
      ContractCommitmentResolver,
      ContractMutationResolver,
      AccountOrdersResolver,
      UserOrdersResolver,
      MeResolver,
    ],
    referenceResolvers: [
      productReference(m.products),
      orderReference(m.orders),
      contractReference(m.contracts),
      keyOnlyReference('Account'),
      keyOnlyReference('User'),
    ],
    buildOptions: { container: instanceContainer(resolvers) },
  });
}
