import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { OrderConfig } from './config';
import { productReference } from './modules/product/product.reference';
import { ProductResolver } from './modules/product/product.resolver';
import { ProductService } from './modules/product/product.service';
import { User } from './modules/user/user.type';

const MeResolver = createMeResolver(User);

/** The order subgraph: resolvers wired by hand to their services. */
export function buildOrderSchema(deps: ServiceDeps<OrderConfig>): Promise<GraphQLSchema> {
  const products = new ProductService(deps.dataSource);
  return buildSubgraphSchema({
    resolvers: [ProductResolver, MeResolver],
    referenceResolvers: [productReference(products), keyOnlyReference('User')],
    buildOptions: {
      container: instanceContainer([new ProductResolver(products), new MeResolver()]),
    },
  });
}
