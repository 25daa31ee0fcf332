/**
 * Fixed ids of what the lead seed creates, so that running it twice creates
 * nothing twice. Leads are recognised by marketing's external id or by e-mail.
 */
const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DemoRuleIds = {
  dach: id('d1000000', 1),
  southernEurope: id('d1000000', 2),
  largeElsewhere: id('d1000000', 3),
} as const;

export const DemoOpportunityIds = {
  globexRetrofit: id('d2000000', 1),
  initechSensors: id('d2000000', 2),
  umbrellaFirstOrder: id('d2000000', 3),
  hooliPilot: id('d2000000', 4),
  starkValves: id('d2000000', 5),
  umbrellaPumps: id('d2000000', 6),
} as const;
