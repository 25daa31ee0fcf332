import { execFile } from 'node:child_process';
import {
  createEnvelope,
  MarketingLeadCaptured,
  Topics,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import { sampleMarketingLead } from '@salesgraph/testing';
import { browserStack } from './browser-stack-info';

export function marketingLead(
  overrides: Partial<MarketingLeadCapturedData> = {},
): MarketingLeadCapturedData {
  return sampleMarketingLead('Browser', overrides);
}

/** Publishes a captured lead as marketing's automation does: a Kafka message, here with kcat. */
export async function publishMarketingLead(data: MarketingLeadCapturedData): Promise<void> {
  const { kafkaBrokers, topicPrefix } = browserStack();
  const envelope = createEnvelope(MarketingLeadCaptured, data, {
    source: 'marketing/automation',
    correlationId: data.campaign ?? 'browser',
    actor: { type: 'system' },
  });
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      'kcat',
      [
        '-P',
        '-b',
        kafkaBrokers,
        '-t',
        `${topicPrefix}${Topics.marketingLeads}`,
        '-k',
        data.externalId,
      ],
      (error) => (error ? reject(error) : resolve()),
    );
    child.stdin!.end(JSON.stringify(envelope));
  });
}
