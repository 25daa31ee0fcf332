import type { MarketingLeadCapturedData } from '@salesgraph/events';

/** What the seed does with a lead after marketing captured it, as its owner would. */
export type DemoStep =
  'contact' | 'call' | 'visit' | 'overdue' | 'qualify' | 'disqualify' | 'convert';

export interface DemoMarketingLead {
  data: MarketingLeadCapturedData;
  steps: DemoStep[];
}

const captured = (
  now: Date,
  n: number,
  company: string,
  domain: string,
  contactName: string,
  country: string,
  segmentHint: 'SMALL' | 'MEDIUM' | 'LARGE',
  campaign = '2026-spring-webinar',
): MarketingLeadCapturedData => ({
  externalId: `demo-mkt-${String(n).padStart(3, '0')}`,
  source: campaign.includes('fair') ? 'trade-show' : 'webinar',
  campaign,
  company,
  companyDomain: domain,
  contactName,
  email: `${contactName.split(' ')[0].toLowerCase()}@${domain}`,
  country,
  segmentHint,
  consent: { marketing: true },
  capturedAt: new Date(now.getTime() - n * 3_600_000).toISOString(),
});

/** Marketing's demo leads, captured in the hours before `now`: one in every state, a duplicate, and one no rule covers. */
export const demoMarketingLeads = (now: Date): DemoMarketingLead[] => [
  {
    data: captured(
      now,
      1,
      'Acme Industrial GmbH',
      'acme-industrial.example',
      'Jo Buyer',
      'DE',
      'MEDIUM',
    ),
    steps: [],
  },
  {
    data: captured(
      now,
      2,
      'Bavaria Brewing AG',
      'bavaria-brewing.example',
      'Lena Huber',
      'DE',
      'MEDIUM',
    ),
    steps: ['contact', 'call'],
  },
  {
    data: captured(
      now,
      3,
      'Wiener Pumpen GmbH',
      'wiener-pumpen.example',
      'Karl Gruber',
      'AT',
      'SMALL',
    ),
    steps: ['contact', 'visit', 'overdue'],
  },
  {
    data: captured(
      now,
      4,
      'Lyon Textiles SA',
      'lyon-textiles.example',
      'Claire Martin',
      'FR',
      'MEDIUM',
      '2026-hannover-fair',
    ),
    steps: ['contact', 'qualify'],
  },
  {
    data: captured(now, 5, 'Milano Foods SpA', 'milano-foods.example', 'Luca Rossi', 'IT', 'SMALL'),
    steps: ['contact', 'disqualify'],
  },
  {
    data: captured(
      now,
      6,
      'Madrid Metals SL',
      'madrid-metals.example',
      'Ana Garcia',
      'ES',
      'MEDIUM',
    ),
    steps: [],
  },
  {
    data: captured(
      now,
      7,
      'Boston Robotics Inc',
      'boston-robotics.example',
      'Sam Carter',
      'US',
      'MEDIUM',
    ),
    steps: [],
  },
  {
    data: captured(
      now,
      8,
      'London Logistics Ltd',
      'london-logistics.example',
      'Olivia Smith',
      'GB',
      'LARGE',
      '2026-hannover-fair',
    ),
    steps: ['contact'],
  },
  {
    data: captured(
      now,
      9,
      'Porto Plastics Lda',
      'porto-plastics.example',
      'Rui Costa',
      'PT',
      'SMALL',
      '2026-hannover-fair',
    ),
    steps: ['contact', 'visit', 'qualify', 'convert'],
  },
  // Marketing captured Jo Buyer again at the fair: merged into lead 1, not a second lead.
  {
    data: {
      ...captured(
        now,
        10,
        'Acme Industrial',
        'acme-industrial.example',
        'Jo Buyer',
        'DE',
        'MEDIUM',
        '2026-hannover-fair',
      ),
      phone: '+49 89 555 0100',
    },
    steps: [],
  },
];
