import { LeadAssigned, LeadCaptured } from '@salesgraph/events';
import type { Client } from 'pg';

export interface IngestProgress {
  /** Marketing events the intake has processed (its inbox rows). */
  consumed: number;
  /** Leads stored with the run's tag. */
  stored: number;
  /** Of those, with an owner. */
  assigned: number;
  /** Of those, with both their LeadCaptured and LeadAssigned outbox rows. */
  withOutbox: number;
}

/**
 * What a benchmark reads from the lead service's own database, over one
 * connection. A lead, its owner and its outbox rows are written in one
 * transaction (LeadIntakeService), so a lead seen here is queryable through
 * the subgraph too.
 */
export class LeadDatabaseProbe {
  /** The consumer group whose inbox rows are marketing's events, once a call to `consumed` has seen one. */
  private intakeConsumer: string | undefined;

  constructor(private readonly client: Client) {}

  /** The PostgreSQL backend serving this probe: its CPU is the benchmark's, not the platform's. */
  async backendPid(): Promise<number> {
    const { rows } = await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return rows[0].pid;
  }

  /**
   * How many of `eventIds` the intake has processed (their inbox rows). The inbox's key leads with
   * the consumer group, so the events alone match no index: asked that way, PostgreSQL scanned the
   * whole inbox at every call (2.76 ms on 30,000 rows), every 20 ms of a timed ingest, on the
   * platform's cores. The first answer that finds any names the group that records marketing's
   * events here, and every later call looks each event up by the full key. (`progress`, with its
   * per-lead outbox look-ups, took a sixth of PostgreSQL's CPU when it was polled every 250 ms.)
   */
  async consumed(eventIds: readonly string[]): Promise<number> {
    if (this.intakeConsumer !== undefined) {
      const { rows } = await this.client.query<{ consumed: number }>({
        name: 'bench-probe-consumed',
        text: `SELECT count(*)::int AS consumed FROM unnest($2::uuid[]) AS k(event_id)
                 CROSS JOIN LATERAL (SELECT 1 FROM inbox_message i
                                      WHERE i.consumer = $1 AND i.event_id = k.event_id LIMIT 1) AS hit`,
        values: [this.intakeConsumer, eventIds],
      });
      return rows[0].consumed;
    }
    const { rows } = await this.client.query<{ consumer: string; consumed: number }>(
      `SELECT consumer, count(*)::int AS consumed FROM inbox_message
        WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
      [eventIds],
    );
    if (rows.length > 1)
      throw new Error(
        `marketing's events are recorded by ${rows.length} consumer groups in the lead database (${rows
          .map((row) => row.consumer)
          .join(', ')}): the probe counts one`,
      );
    if (rows.length === 1) this.intakeConsumer = rows[0].consumer;
    return rows[0]?.consumed ?? 0;
  }

  async progress(tag: string, eventIds: readonly string[]): Promise<IngestProgress> {
    const { rows } = await this.client.query<Record<keyof IngestProgress, number>>(
      `SELECT
         (SELECT count(*)::int FROM inbox_message WHERE event_id = ANY($2::uuid[])) AS consumed,
         count(*)::int AS stored,
         count(*) FILTER (WHERE l.owner_id IS NOT NULL)::int AS assigned,
         count(*) FILTER (WHERE
           EXISTS (SELECT 1 FROM outbox_message o
                    WHERE o.aggregate_type = $5 AND o.aggregate_id = l.id::text AND o.event_type = $3) AND
           EXISTS (SELECT 1 FROM outbox_message o
                    WHERE o.aggregate_type = $5 AND o.aggregate_id = l.id::text AND o.event_type = $4))::int AS with_outbox
       FROM lead l WHERE l.external_id LIKE $1`,
      [`${tag}-%`, eventIds, LeadCaptured.type, LeadAssigned.type, LeadCaptured.aggregateType],
    );
    const row = rows[0] as unknown as Record<string, number>;
    return {
      consumed: row.consumed,
      stored: row.stored,
      assigned: row.assigned,
      withOutbox: row.with_outbox,
    };
  }

  /**
   * Which of `externalIds` are stored (committed) by now: each looked up on its own in the
   * external-id index. As `external_id = ANY($1)` PostgreSQL planned a sequential scan of the lead
   * table once the ids were a few hundred against tens of thousands of rows (3.2 ms a poll of 300
   * ids on 25,000 leads, against 0.6 looked up one by one), and with a backlog the benchmark's
   * probe then took more of the two cores the later a run got; prepared once on the connection,
   * the plan is the same at every size.
   */
  async stored(externalIds: readonly string[]): Promise<string[]> {
    const { rows } = await this.client.query<{ external_id: string }>({
      name: 'bench-probe-stored',
      text: `SELECT k.external_id FROM unnest($1::text[]) AS k(external_id)
               CROSS JOIN LATERAL (SELECT 1 FROM lead l WHERE l.external_id = k.external_id LIMIT 1) AS hit`,
      values: [externalIds],
    });
    return rows.map((row) => row.external_id);
  }

  /** Open leads per rep of every active rule's team with the rule's cap: the fairness of assignment. */
  async openLeadsPerRep(): Promise<Array<{ ownerId: string; teamId: string; open: number }>> {
    const { rows } = await this.client.query<{ owner_id: string; team_id: string; open: number }>(
      `SELECT owner_id, team_id, count(*)::int AS open FROM lead
        WHERE owner_id IS NOT NULL AND team_id IS NOT NULL AND status IN ('NEW', 'CONTACTED', 'QUALIFIED')
        GROUP BY owner_id, team_id ORDER BY team_id, owner_id`,
    );
    return rows.map((r) => ({ ownerId: r.owner_id, teamId: r.team_id, open: r.open }));
  }

  /**
   * Sets every rule's cap so that the run's leads fit: the demo caps (25 and 10) would leave all
   * but the first hundred waiting. A benchmark fixture on the platform's throwaway database, not
   * a manager's decision: the rules' history does not record it.
   */
  async setRuleCaps(cap: number): Promise<void> {
    await this.client.query('UPDATE assignment_rule SET max_open_leads_per_rep = $1', [cap]);
  }

  async ruleCaps(): Promise<Record<string, number | null>> {
    const { rows } = await this.client.query<{ team_id: string; cap: number | null }>(
      'SELECT team_id, max(max_open_leads_per_rep) AS cap FROM assignment_rule WHERE active GROUP BY team_id',
    );
    return Object.fromEntries(rows.map((r) => [r.team_id, r.cap]));
  }
}
