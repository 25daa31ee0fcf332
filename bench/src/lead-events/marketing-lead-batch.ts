import type { MarketingLeadCapturedData } from '@salesgraph/events';

/**
 * The demo rules' territories (services/lead/src/seed/demo-rules.ts): north
 * takes DACH, south southern Europe. Every benchmark lead falls in one, so
 * every new lead can be assigned by a rule.
 */
export const ruledCountries = ['DE', 'AT', 'CH', 'FR', 'IT', 'ES', 'PT'] as const;

const sources = ['web-form', 'webinar', 'trade-show', 'whitepaper', 'newsletter'];
const segments = ['SMALL', 'MEDIUM', 'LARGE'] as const;

export interface MarketingLeadBatch {
  events: MarketingLeadCapturedData[];
  /** The leads the lead service must end up with: one per person. */
  distinctLeads: number;
  /** Re-sent by marketing with the same externalId (merged by external id). */
  resent: number;
  /** The same person captured again by another campaign, another externalId (merged by e-mail). */
  recaptured: number;
}

/**
 * `count` captured leads as marketing's campaigns publish them: sources,
 * segments, countries, optional phone and region vary; every `duplicateEvery`-th
 * event is a person already in the batch, alternately re-sent (same
 * externalId) and captured again by another campaign (new externalId, same
 * e-mail), so de-duplication has work to do. Every externalId starts with
 * `tag`, which is how a benchmark finds its own leads. Consent is given:
 * a lead without it waits for a manager, not for the rules.
 */
export function marketingLeadBatch(
  tag: string,
  count: number,
  duplicateEvery = 10,
  capturedAt = new Date().toISOString(),
): MarketingLeadBatch {
  const events: MarketingLeadCapturedData[] = [];
  let resent = 0;
  let recaptured = 0;
  let people = 0;
  for (let i = 0; i < count; i += 1) {
    if (duplicateEvery > 0 && i > 0 && i % duplicateEvery === 0) {
      const earlier = events[Math.floor(i / 2)];
      const again = Math.floor(i / duplicateEvery) % 2 === 1;
      if (again) resent += 1;
      else recaptured += 1;
      events.push({
        ...earlier,
        externalId: again ? earlier.externalId : `${tag}-${i}`,
        source: again ? earlier.source : 'event-follow-up',
        campaign: `${tag}-campaign-${i % 7}`,
        capturedAt,
      });
      continue;
    }
    people += 1;
    const id = `${tag}-${i}`;
    events.push({
      externalId: id,
      source: sources[i % sources.length],
      campaign: `${tag}-campaign-${i % 7}`,
      company: `Bench Industrie ${id} GmbH`,
      companyDomain: `${id}.bench.example`,
      contactName: `Alex ${id}`,
      email: `alex@${id}.bench.example`,
      ...(i % 3 === 0 ? { phone: `+49 30 ${String(100000 + i)}` } : {}),
      country: ruledCountries[i % ruledCountries.length],
      ...(i % 4 === 0 ? { region: 'Nord' } : {}),
      segmentHint: segments[i % segments.length],
      consent: { marketing: true },
      capturedAt,
    });
  }
  return { events, distinctLeads: people, resent, recaptured };
}
