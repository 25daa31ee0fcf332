// `npm start`'s ports, in one place: the shell checks them before anything
// starts (`node infra/stack/port-plan.cjs` prints "port|what|variable" lines
// for require_free_ports) and run-stack.cjs starts the processes on them.
'use strict';

const serviceOffsets = { lead: 1, account: 2, order: 3, planning: 4, notification: 5 };

/** SALESGRAPH_REPLICAS, 1 to 9: how many instances of every service npm start runs. */
function replicasOf(env) {
  const text = env.SALESGRAPH_REPLICAS ?? '1';
  const replicas = Number(text);
  if (!/^\d+$/.test(text) || replicas < 1 || replicas > 9)
    throw new Error(`SALESGRAPH_REPLICAS must be a whole number from 1 to 9 (got "${text}")`);
  return replicas;
}

/**
 * Instance i of a service listens on its port + 100 * i (4001, 4101, ...);
 * every process serves its metrics on its own port + 50 (the gateway 4050,
 * the first lead 4051, order administration 4060). One gateway: the one
 * entry point on this machine.
 */
function portPlan(env = process.env) {
  const base = Number(env.SALESGRAPH_PORT_BASE ?? 4000);
  const replicas = replicasOf(env);
  const first = {
    lead: Number(env.SALESGRAPH_LEAD_PORT ?? base + serviceOffsets.lead),
    account: Number(env.SALESGRAPH_ACCOUNT_PORT ?? base + serviceOffsets.account),
    order: Number(env.SALESGRAPH_ORDER_PORT ?? base + serviceOffsets.order),
    planning: Number(env.SALESGRAPH_PLANNING_PORT ?? base + serviceOffsets.planning),
    notification: Number(env.SALESGRAPH_NOTIFICATION_PORT ?? base + serviceOffsets.notification),
    orderAdmin: Number(env.ORDER_ADMIN_PORT ?? base + 10),
  };
  const spread = (port) => Array.from({ length: replicas }, (_, i) => port + 100 * i);
  const ports = {
    gateway: Number(env.GATEWAY_PORT ?? base),
    workbench: Number(env.WORKBENCH_PORT ?? base + 20),
    lead: spread(first.lead),
    account: spread(first.account),
    order: spread(first.order),
    planning: spread(first.planning),
    notification: spread(first.notification),
    orderAdmin: spread(first.orderAdmin),
  };
  ports.metrics = {
    gateway: ports.gateway + 50,
    lead: ports.lead.map((p) => p + 50),
    account: ports.account.map((p) => p + 50),
    order: ports.order.map((p) => p + 50),
    planning: ports.planning.map((p) => p + 50),
    notification: ports.notification.map((p) => p + 50),
    orderAdmin: ports.orderAdmin.map((p) => p + 50),
  };
  return { replicas, ports };
}

/** Every port with what needs it, for the shell's free-port check. */
function portEntries(plan) {
  const { ports } = plan;
  const entries = [
    [ports.gateway, 'the gateway'],
    [ports.workbench, 'the workbench'],
    [ports.metrics.gateway, "the gateway's metrics"],
  ];
  for (const name of ['lead', 'account', 'order', 'planning', 'notification', 'orderAdmin']) {
    const what = name === 'orderAdmin' ? "order administration's queue" : `the ${name} service`;
    ports[name].forEach((port, i) => {
      const which = plan.replicas > 1 ? ` (instance ${i + 1})` : '';
      entries.push([port, `${what}${which}`], [ports.metrics[name][i], `${what}${which}: metrics`]);
    });
  }
  return entries.map(([port, what]) => `${port}|${what}|SALESGRAPH_PORT_BASE`);
}

module.exports = { portPlan, portEntries, replicasOf };

if (require.main === module) {
  try {
    process.stdout.write(`${portEntries(portPlan()).join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
