import type { GatewayConfig } from '../config';

/** The subgraphs the gateway composes, by the name they have in the supergraph. */
export const subgraphNames = ['lead', 'account', 'order', 'planning', 'notification'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

/**
 * Where each subgraph runs: from configuration, overriding the URLs baked into
 * the supergraph file. Each is a list: the instances of that subgraph.
 */
export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string[]> {
  return {
    lead: config.SUBGRAPH_LEAD_URL,
    account: config.SUBGRAPH_ACCOUNT_URL,
    order: config.SUBGRAPH_ORDER_URL,
    planning: config.SUBGRAPH_PLANNING_URL,
    notification: config.SUBGRAPH_NOTIFICATION_URL,
  };
}
