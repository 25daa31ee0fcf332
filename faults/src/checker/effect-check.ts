import type { Findings } from './findings';
import type { OutboxRow, ServiceDatabases } from './service-databases';
import type { TopicIndex } from './topic-index';

export interface EffectFigures {
  leadsFromMarketing: number;
  accountsFromConversions: number;
  ordersFromWonOpportunities: number;
}

/**
 * Effects, counted where they land: one lead per acknowledged marketing lead,
 * one account per conversion, one order per won opportunity, and no event a
 * handler wrote twice for the same cause (same causation, type and aggregate)
 * in any outbox. The inbox makes redelivery harmless only if these hold.
 */
export async function checkEffects(
  databases: ServiceDatabases,
  outboxes: Record<string, OutboxRow[]>,
  topics: { marketing: TopicIndex; lead: TopicIndex },
  acknowledgedLeads: Array<{ eventId: string; externalId: string }>,
  findings: Findings,
): Promise<EffectFigures> {
  for (const [service, rows] of Object.entries(outboxes)) {
    const seen = new Map<string, string>();
    for (const row of rows) {
      if (!row.causationId) continue;
      const key = `${row.causationId}|${row.eventType}|${row.aggregateId}`;
      const first = seen.get(key);
      if (first)
        findings.add(
          'doubled',
          `${service} effects`,
          `${row.eventType} for ${row.aggregateId} written twice for one cause ${row.causationId} (${first}, ${row.id})`,
        );
      else seen.set(key, row.id);
    }
  }

  // Marketing leads: acknowledged by the broker, so each must be one lead, once.
  const leadCounts = new Map(
    (
      await databases.lead.query<{ external_id: string; n: string }>(
        'SELECT external_id, count(*)::text AS n FROM lead WHERE external_id IS NOT NULL GROUP BY external_id',
      )
    ).map((r) => [r.external_id, Number(r.n)]),
  );
  let leadsFromMarketing = 0;
  for (const { externalId, eventId } of acknowledgedLeads) {
    const n = leadCounts.get(externalId) ?? 0;
    if (n === 0)
      findings.add(
        'lost',
        'marketing -> lead',
        `marketing lead ${externalId} (${eventId}) is not stored`,
      );
    else if (n > 1)
      findings.add(
        'doubled',
        'marketing -> lead',
        `marketing lead ${externalId} is stored ${n} times`,
      );
    else leadsFromMarketing += 1;
  }
  const captured = new Set(
    outboxes.lead.filter((r) => r.eventType === 'lead.LeadCaptured.v1').map((r) => r.causationId),
  );
  for (const { eventId, externalId } of acknowledgedLeads)
    if (!captured.has(eventId))
      findings.add(
        'lost',
        'marketing -> lead',
        `no LeadCaptured caused by ${eventId} (${externalId})`,
      );

  // Conversions: each LeadConverted made exactly one AccountCreated (doubles are caught above).
  const created = new Set(
    outboxes.account
      .filter((r) => r.eventType === 'account.AccountCreated.v1')
      .map((r) => r.causationId),
  );
  let accountsFromConversions = 0;
  for (const record of topics.lead.firstOccurrences()) {
    if (record.envelope!.type !== 'lead.LeadConverted.v1') continue;
    if (created.has(record.envelope!.id!)) accountsFromConversions += 1;
    else
      findings.add('lost', 'lead conversion -> account', `no account for ${record.envelope!.id}`);
  }

  // Won opportunities: each drafted exactly one order.
  const orders = new Map(
    (
      await databases.order.query<{ opportunity_id: string; n: string }>(
        'SELECT opportunity_id, count(*)::text AS n FROM sales_order WHERE opportunity_id IS NOT NULL GROUP BY opportunity_id',
      )
    ).map((r) => [r.opportunity_id, Number(r.n)]),
  );
  let ordersFromWonOpportunities = 0;
  for (const record of topics.lead.firstOccurrences()) {
    if (record.envelope!.type !== 'lead.OpportunityWon.v1') continue;
    const n = orders.get(record.envelope!.subject ?? '') ?? 0;
    if (n === 1) ordersFromWonOpportunities += 1;
    else
      findings.add(
        n ? 'doubled' : 'lost',
        'opportunity won -> order',
        `opportunity ${record.envelope!.subject} has ${n} orders`,
      );
  }
  return { leadsFromMarketing, accountsFromConversions, ordersFromWonOpportunities };
}
