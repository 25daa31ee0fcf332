import { Topics, type MarketingLeadCapturedData } from '@salesgraph/events';
import {
  marketingLeadEnvelope,
  publishRecordWithKcat,
  sampleMarketingLead,
} from '@salesgraph/testing';
import { browserStack } from './browser-stack-info';

export function marketingLead(
  overrides: Partial<MarketingLeadCapturedData> = {},
): MarketingLeadCapturedData {
  return sampleMarketingLead('Browser', overrides);
}

/** Publishes a captured lead as marketing's automation does: a Kafka message, here with kcat. */
export async function publishMarketingLead(data: MarketingLeadCapturedData): Promise<void> {
  const { kafkaBrokers, topicPrefix } = browserStack();
  const envelope = marketingLeadEnvelope(data, 'browser');
  await publishRecordWithKcat(
    kafkaBrokers,
    `${topicPrefix}${Topics.marketingLeads}`,
    data.externalId,
    JSON.stringify(envelope),
  );
}
