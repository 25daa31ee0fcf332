import { formatMicros, toMicros } from './exact-amount';
import type { Findings } from './findings';
import type { ServiceDatabases } from './service-databases';

/** Booked and invoiced revenue: order's own figures and a projection's, to the millionth. */
export interface TotalsPair {
  booked: string;
  invoiced: string;
  exact: boolean;
}

export interface TotalsFigures {
  orders: number;
  accountRevenue: TotalsPair;
  attainment: TotalsPair;
  contractConsumption: { commitments: number; consumedValue: string; exact: boolean };
}

interface OrderRow {
  id: string;
  account_id: string;
  credited_to: string;
  status: string;
  version: number;
  total_net: string;
}

interface ProjectedRow {
  order_id: string;
  account_id: string;
  credited_to?: string;
  status: string;
  revision: number;
  total_net: string;
  counts_as_booked: boolean;
}

// The order service's definition of booked business (docs/architecture.md, "Booked").
const booked = (status: string) => ['CONFIRMED', 'FULFILLED', 'INVOICED'].includes(status);

/**
 * Derived totals: account revenue (account service) and attainment (planning)
 * are projections of order events; contract consumption is kept by the order
 * service beside its call-offs. Each must equal what the order service's own
 * rows say, order by order and summed, exactly.
 */
export async function checkTotals(
  db: ServiceDatabases,
  findings: Findings,
): Promise<TotalsFigures> {
  const orders = await db.order.query<OrderRow>(
    `SELECT id, account_id, credited_to, status, version, total_net::text AS total_net FROM sales_order`,
  );
  const published = orders.filter((o) => o.status !== 'DRAFT');
  const accountRows = await db.account.query<ProjectedRow>(
    `SELECT order_id, account_id, status, revision, total_net::text AS total_net, counts_as_booked FROM account_order`,
  );
  const planningRows = await db.planning.query<ProjectedRow>(
    `SELECT order_id, account_id, credited_to, status, revision, total_net::text AS total_net, counts_as_booked FROM attainment_order`,
  );
  const accountRevenue = compare(
    'account revenue',
    published,
    accountRows,
    (o) => o.account_id,
    findings,
  );
  const attainment = compare('attainment', published, planningRows, (o) => o.credited_to, findings);

  const consumption = await db.order.query<{
    contract_id: string;
    product_id: string;
    consumed_quantity: string;
    consumed_value: string;
    called_quantity: string;
    called_value: string;
  }>(`
    SELECT c.contract_id, c.product_id, c.consumed_quantity::text, c.consumed_value::text,
           coalesce(sum(l.quantity), 0)::text AS called_quantity, coalesce(sum(l.net_amount), 0)::text AS called_value
      FROM contract_commitment c
      LEFT JOIN sales_order o ON o.contract_id = c.contract_id
                             AND o.status IN ('PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED')
      LEFT JOIN order_line l ON l.order_id = o.id AND l.product_id = c.product_id
     GROUP BY c.contract_id, c.product_id, c.consumed_quantity, c.consumed_value`);
  let consumedValue = 0n;
  let consumptionExact = true;
  for (const c of consumption) {
    consumedValue += toMicros(c.consumed_value);
    if (
      toMicros(c.consumed_quantity) !== toMicros(c.called_quantity) ||
      toMicros(c.consumed_value) !== toMicros(c.called_value)
    ) {
      consumptionExact = false;
      findings.add(
        'totals',
        'contract consumption',
        `contract ${c.contract_id} product ${c.product_id}: consumed ${c.consumed_quantity} / ${c.consumed_value}, call-offs ${c.called_quantity} / ${c.called_value}`,
      );
    }
  }
  return {
    orders: orders.length,
    accountRevenue,
    attainment,
    contractConsumption: {
      commitments: consumption.length,
      consumedValue: formatMicros(consumedValue),
      exact: consumptionExact,
    },
  };
}

function compare(
  name: string,
  orders: OrderRow[],
  projected: ProjectedRow[],
  groupOf: (o: OrderRow) => string,
  findings: Findings,
): TotalsPair {
  const byId = new Map(projected.map((p) => [p.order_id, p]));
  let exact = true;
  const expected = new Map<string, { booked: bigint; invoiced: bigint }>();
  const actual = new Map<string, { booked: bigint; invoiced: bigint }>();
  const add = (into: typeof expected, group: string, status: string, amount: string) => {
    const sums = into.get(group) ?? { booked: 0n, invoiced: 0n };
    if (booked(status)) sums.booked += toMicros(amount);
    if (status === 'INVOICED') sums.invoiced += toMicros(amount);
    into.set(group, sums);
  };
  for (const order of orders) {
    add(expected, groupOf(order), order.status, order.total_net);
    const p = byId.get(order.id);
    if (!p) {
      exact = false;
      findings.add(
        'totals',
        name,
        `order ${order.id} (${order.status}) is missing from the projection`,
      );
      continue;
    }
    byId.delete(order.id);
    add(actual, p.credited_to ?? p.account_id, p.status, p.total_net);
    const same =
      p.status === order.status &&
      Number(p.revision) === Number(order.version) &&
      toMicros(p.total_net) === toMicros(order.total_net) &&
      p.counts_as_booked === booked(order.status) &&
      (p.credited_to ?? p.account_id) === groupOf(order);
    if (!same) {
      exact = false;
      findings.add(
        'totals',
        name,
        `order ${order.id}: order says ${order.status} v${order.version} ${order.total_net}, projection ${p.status} v${p.revision} ${p.total_net}`,
      );
    }
  }
  for (const extra of byId.values()) {
    exact = false;
    findings.add(
      'totals',
      name,
      `projection has order ${extra.order_id}, which order does not (or is a draft)`,
    );
  }
  let bookedTotal = 0n;
  let invoicedTotal = 0n;
  for (const [group, sums] of expected) {
    bookedTotal += sums.booked;
    invoicedTotal += sums.invoiced;
    const got = actual.get(group) ?? { booked: 0n, invoiced: 0n };
    if (got.booked !== sums.booked || got.invoiced !== sums.invoiced) {
      exact = false;
      findings.add(
        'totals',
        name,
        `${group}: booked ${formatMicros(got.booked)} (order: ${formatMicros(sums.booked)}), invoiced ${formatMicros(got.invoiced)} (order: ${formatMicros(sums.invoiced)})`,
      );
    }
  }
  return { booked: formatMicros(bookedTotal), invoiced: formatMicros(invoicedTotal), exact };
}
