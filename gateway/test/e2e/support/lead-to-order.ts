import { DemoProducts } from '@salesgraph/demo-data';
import { demoUser, graph, graphEventually, marketingLead, publishMarketingLead } from './platform';

/**
 * The platform's main flow, as short as it goes: marketing publishes a lead,
 * the lead service assigns it, the rep qualifies and converts it, the account
 * service creates the customer, and the rep places a first order. Touches
 * every service and every consumer on the way. `convert` sends the conversion
 * (a test may add headers to it); the rep's graph() by default.
 */
export async function leadToPlacedOrder(
  options: {
    convert?: (repId: string, leadId: string) => Promise<{ accountId: string }>;
  } = {},
): Promise<{
  leadId: string;
  repId: string;
  accountId: string;
  orderId: string;
  campaign: string;
}> {
  const data = marketingLead({ country: 'DE' });
  await publishMarketingLead(data);
  const { leads } = await graphEventually<{
    leads: Array<{ id: string; ownerId: string | null }>;
  }>(
    'manager',
    'query($c: String) { leads(filter: { campaign: $c }) { id ownerId } }',
    { c: data.campaign },
    (d) => d.leads.length === 1 && d.leads[0].ownerId !== null,
    'the lead to be captured and assigned',
  );
  const leadId = leads[0].id;
  const repId = leads[0].ownerId!;
  const rep = demoUser(repId);
  await graph(rep, 'mutation Contacted($id: ID!) { markLeadContacted(id: $id) { status } }', {
    id: leadId,
  });
  await graph(rep, 'mutation Qualify($id: ID!) { qualifyLead(id: $id) { status } }', {
    id: leadId,
  });
  const { accountId } = options.convert
    ? await options.convert(repId, leadId)
    : (
        await graph<{ convertLead: { conversion: { accountId: string } } }>(
          rep,
          convertLeadMutation,
          { id: leadId, p: DemoProducts.valve.id },
        )
      ).convertLead.conversion;
  const created = await graphEventually<{ createOrder: { id: string; version: number } }>(
    rep,
    'mutation CreateOrder($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "10" }] }) { id version } }',
    { a: accountId, p: DemoProducts.valve.id },
    () => true,
    'the order service to know the new account',
  );
  await graph(
    rep,
    'mutation PlaceOrder($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { status } }',
    { id: created.createOrder.id, v: created.createOrder.version },
  );
  return { leadId, repId, accountId, orderId: created.createOrder.id, campaign: data.campaign! };
}

export const convertLeadMutation = `mutation ConvertLead($id: ID!, $p: ID!) {
  convertLead(id: $id, input: { opportunity: { amount: "2499.00", products: [{ productId: $p, quantity: 10 }] } }) {
    status conversion { accountId }
  }
}`;
