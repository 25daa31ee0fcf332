import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadContacted } from '@salesgraph/events';
import { Client } from 'pg';
import { repoRoot } from '../stack/process-stack';

export interface ParkedRowEvidence {
  id: string;
  waitingId: string;
  aggregateId: string;
  parkedAfterMs?: number;
  attempts?: number;
  reason?: string;
  /** While parked: its aggregate's next row unpublished, and later rows of other aggregates published. */
  waitingHeldBack?: boolean;
  othersPublishedMeanwhile?: number;
  discardedBy?: string;
  waitingPublishedAfterDiscard?: boolean;
}

/**
 * One outbox row the broker refuses (1.5 MB, over its 1 MB message limit),
 * written into the lead service's outbox as the service writes events, with
 * a second, ordinary row of the same lead behind it. The relay must park the
 * first with the broker's reason, hold the second back and let every other
 * aggregate through; the admin command then discards the first.
 */
export class UnpublishableRow {
  readonly evidence: ParkedRowEvidence;

  constructor(private readonly databaseUrl: string) {
    this.evidence = { id: '', waitingId: '', aggregateId: randomUUID() };
  }

  async inject(): Promise<void> {
    const leadId = this.evidence.aggregateId;
    const big = createEnvelope(
      LeadContacted,
      { leadId, contactedAt: new Date().toISOString() },
      { source: 'salesgraph/lead', correlationId: 'fault-suite', actor: { type: 'system' } },
    );
    const next = createEnvelope(
      LeadContacted,
      { leadId, contactedAt: new Date().toISOString() },
      { source: 'salesgraph/lead', correlationId: 'fault-suite', actor: { type: 'system' } },
    );
    this.evidence.id = big.id;
    this.evidence.waitingId = next.id;
    const oversized = { ...big, padding: 'x'.repeat(1_500_000) };
    await this.sql(async (client) => {
      for (const [envelope, payload] of [
        [big, oversized],
        [next, next],
      ] as const) {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id)
           VALUES ($1, 'Lead', $2, $3, 'lead.events.v1', $4, NULL, 'fault-suite')`,
          [envelope.id, leadId, envelope.type, JSON.stringify(payload)],
        );
        await client.query('COMMIT');
      }
    });
  }

  /** Waits until the relay parks the row, with the broker's reason. */
  async awaitParked(timeoutMs = 300_000): Promise<void> {
    const started = Date.now();
    await this.sql(async (client) => {
      for (;;) {
        const { rows } = await client.query(
          'SELECT parked_at IS NOT NULL AS parked, attempts, last_error FROM outbox_message WHERE id = $1',
          [this.evidence.id],
        );
        if (rows[0]?.parked) {
          Object.assign(this.evidence, {
            parkedAfterMs: Date.now() - started,
            attempts: rows[0].attempts,
            reason: rows[0].last_error,
          });
          return;
        }
        if (Date.now() - started > timeoutMs)
          throw new Error('the oversized outbox row was not parked');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    });
  }

  /** While it is parked: is its lead's next row still held back, and how many later rows of others went out? */
  private async recordWhatFlowed(): Promise<void> {
    await this.sql(async (client) => {
      const { rows } = await client.query(
        `SELECT EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = w.position) AS held,
                (SELECT count(*) FROM outbox_message o
                  WHERE o.position > w.position AND o.discarded_at IS NULL AND o.aggregate_id <> w.aggregate_id
                    AND NOT EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = o.position))::int AS others
           FROM outbox_message w WHERE w.id = $1`,
        [this.evidence.waitingId],
      );
      this.evidence.waitingHeldBack = rows[0]?.held;
      this.evidence.othersPublishedMeanwhile = rows[0]?.others;
    });
  }

  /** Discards the parked row with the admin command (npm run outbox -- discard), then waits for the row behind it. */
  async discard(by: string): Promise<void> {
    await this.recordWhatFlowed();
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const child = spawn(
        process.execPath,
        ['packages/messaging/dist/cli/outbox-cli.js', 'discard', this.evidence.id, '--by', by],
        {
          cwd: repoRoot,
          env: { PATH: process.env.PATH, DATABASE_URL: this.databaseUrl },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`outbox discard failed: ${output}`)),
      );
    });
    this.evidence.discardedBy = by;
    const until = Date.now() + 120_000;
    await this.sql(async (client) => {
      while (Date.now() < until) {
        const { rows } = await client.query(
          `SELECT discarded_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = m.position) AS published
             FROM outbox_message m WHERE id = $1`,
          [this.evidence.waitingId],
        );
        if (rows[0]?.published) {
          this.evidence.waitingPublishedAfterDiscard = true;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      this.evidence.waitingPublishedAfterDiscard = false;
    });
  }

  private async sql<T>(work: (client: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = new Client({
        connectionString: this.databaseUrl,
        application_name: 'fault-parked-row',
      });
      try {
        await client.connect();
        return await work(client);
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  }
}
