/**
 * Fixed ids of what the account seed creates, so that running it twice
 * creates nothing twice. The accounts themselves come from @salesgraph/demo-data.
 */
const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DemoContactIds = {
  globexPurchasingManager: id('c0000000', 1),
  globexPurchasingOfficer: id('c0000000', 2),
  globexTechnical: id('c0000000', 3),
  globexExecutive: id('c0000000', 4),
  globexUser: id('c0000000', 5),
  initechPurchasingManager: id('c0000000', 6),
  initechTechnical: id('c0000000', 7),
  initechUser: id('c0000000', 8),
  umbrellaPurchasingManager: id('c0000000', 9),
  hooliPurchasingManager: id('c0000000', 10),
  hooliTechnical: id('c0000000', 11),
  starkPurchasingManager: id('c0000000', 12),
} as const;

export const DemoRecordIds = {
  teamGlobexTechnical: id('c1000000', 1),
  teamGlobexLogistics: id('c1000000', 2),
  teamInitechTechnical: id('c1000000', 3),
  threatInitechAcme: id('c2000000', 1),
  threatGlobexVortex: id('c2000000', 2),
  touchpointGlobexReview: id('c3000000', 1),
  touchpointGlobexNewsletter: id('c3000000', 2),
  touchpointInitechWebinar: id('c3000000', 3),
  proposalGlobexCoating: id('c4000000', 1),
  proposalInitechMounting: id('c4000000', 2),
  requestGlobexCommissioning: id('c5000000', 1),
  requestGlobexDeliveries: id('c5000000', 2),
  requestInitechFailureAnalysis: id('c5000000', 3),
} as const;
