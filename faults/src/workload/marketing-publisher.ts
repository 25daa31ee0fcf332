import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  MarketingLeadCaptured,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { pause } from './subgraph-client';

export interface PublishedLead {
  index: number;
  eventId: string;
  externalId: string;
  campaign: string;
  /** NL leads go to the suite's own assignment rule; the others wait unassigned. */
  country: string;
}

/**
 * Marketing's automation: publishes captured leads to marketing.leads.v1 with
 * its own Kafka client, as any client may. A lead counts as acknowledged only
 * once the broker acknowledged it to all in-sync replicas; a batch that
 * failed is sent again with the same event ids (the lead service's inbox
 * absorbs the repeats).
 */
export class MarketingPublisher {
  readonly acknowledged: PublishedLead[] = [];
  readonly poisonKey: string;
  private producer?: Producer;
  private readonly kafka: Kafka;
  failedSends = 0;

  constructor(
    brokers: string[],
    private readonly topic: string,
    private readonly runTag: string,
  ) {
    this.kafka = new Kafka({
      clientId: 'marketing-automation',
      brokers,
      logLevel: logLevel.NOTHING,
    });
    this.poisonKey = `poison-${runTag}`;
  }

  lead(index: number, country: string): { lead: PublishedLead; data: MarketingLeadCapturedData } {
    const tag = `${this.runTag}-${index}`;
    const data: MarketingLeadCapturedData = {
      externalId: `flt-${tag}`,
      source: 'web-form',
      campaign: `flt-${tag}`,
      company: `Fault Suite ${tag} BV`,
      companyDomain: `flt-${tag}.example`,
      contactName: `Sam ${tag}`,
      email: `sam.${index}@flt-${tag}.example`,
      country,
      segmentHint: index % 3 === 0 ? 'LARGE' : 'MEDIUM',
      consent: { marketing: true },
      capturedAt: new Date().toISOString(),
    };
    return {
      lead: { index, eventId: '', externalId: data.externalId, campaign: data.campaign!, country },
      data,
    };
  }

  /** Sends the leads in one request, again and again until the broker acknowledges them. */
  async publish(
    batch: Array<{ lead: PublishedLead; data: MarketingLeadCapturedData }>,
  ): Promise<void> {
    const messages = batch.map(({ lead, data }) => {
      const envelope = createEnvelope(MarketingLeadCaptured, data, {
        source: 'marketing/automation',
        correlationId: data.campaign ?? 'fault-suite',
        actor: { type: 'system' },
      });
      lead.eventId = envelope.id;
      return { key: data.externalId, value: JSON.stringify(envelope) };
    });
    await this.send(messages);
    this.acknowledged.push(...batch.map((b) => b.lead));
  }

  /** One record no consumer can read: truncated JSON, as a broken client might send. */
  async publishPoison(): Promise<void> {
    const value = `{"specversion":"1.0","id":"${randomUUID()}","type":"marketing.LeadCaptured.v1","data":{"externalId":"`;
    await this.send([{ key: this.poisonKey, value }]);
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
  }

  private async send(messages: Array<{ key: string; value: string }>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (!this.producer) {
          const producer = this.kafka.producer({
            idempotent: true,
            maxInFlightRequests: 1,
            createPartitioner: Partitioners.DefaultPartitioner,
          });
          await producer.connect();
          this.producer = producer;
        }
        await this.producer.send({ topic: this.topic, acks: -1, messages });
        return;
      } catch {
        this.failedSends += 1;
        await this.disconnect();
        await pause(Math.min(3_000, 250 * attempt));
      }
    }
  }
}
