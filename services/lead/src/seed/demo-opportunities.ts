import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { addDays, isoDateOf } from '@salesgraph/service-kit';
import { OpportunityStage } from '../modules/opportunity/opportunity-stage';
import type { OpportunityTermsInput } from '../modules/opportunity/dto/opportunity-terms.input';
import { DemoOpportunityIds } from './demo-ids';

export interface DemoOpportunity {
  id: string;
  accountId: string;
  ownerId: string;
  /** Where it ends up: the seed opens it and moves it there (WON and LOST with their events). */
  stage: OpportunityStage;
  terms: OpportunityTermsInput;
  lostReason?: string;
  /** The rep's lead that became this account before the platform existed (see LeadDemoSeed). */
  convertedLead?: { company: string; contactName: string; email: string; country: string };
}

const inMonths = (now: Date, months: number) => addDays(isoDateOf(now), months * 30);
const line = (product: { id: string; listPrice: string }, quantity: number) => ({
  productId: product.id,
  quantity,
  unitPrice: product.listPrice,
});

/** Deals with the demo customers, in several stages, expected to close in the months after `now`. */
export const demoOpportunities = (now: Date): DemoOpportunity[] => [
  {
    id: DemoOpportunityIds.globexRetrofit,
    accountId: DemoAccounts.globex.id,
    ownerId: DemoUsers.accountManager.id,
    stage: OpportunityStage.NEGOTIATION,
    terms: {
      name: 'Globex: valve retrofit, plant 3',
      amount: '120000.00',
      expectedCloseDate: inMonths(now, 2),
      products: [line(DemoProducts.valveXl, 240)],
    },
  },
  {
    id: DemoOpportunityIds.initechSensors,
    accountId: DemoAccounts.initech.id,
    ownerId: DemoUsers.accountManager2.id,
    stage: OpportunityStage.PROPOSAL,
    terms: {
      name: 'Initech: sensor framework contract',
      amount: '85000.00',
      expectedCloseDate: inMonths(now, 4),
      products: [line(DemoProducts.sensor, 1000)],
    },
  },
  {
    id: DemoOpportunityIds.umbrellaFirstOrder,
    accountId: DemoAccounts.umbrella.id,
    ownerId: DemoUsers.rep.id,
    stage: OpportunityStage.QUALIFICATION,
    terms: {
      name: 'Umbrella: first valve order',
      amount: '18000.00',
      expectedCloseDate: inMonths(now, 1),
      products: [{ productId: DemoProducts.valve.id }],
    },
    convertedLead: {
      company: DemoAccounts.umbrella.name,
      contactName: 'Uma Brella',
      email: 'uma@umbrella.example',
      country: 'DE',
    },
  },
  {
    id: DemoOpportunityIds.hooliPilot,
    accountId: DemoAccounts.hooli.id,
    ownerId: DemoUsers.rep2.id,
    stage: OpportunityStage.PROSPECTING,
    terms: {
      name: 'Hooli: pump pilot',
      amount: '6000.00',
      products: [{ productId: DemoProducts.pump.id }],
    },
    convertedLead: {
      company: DemoAccounts.hooli.name,
      contactName: 'Gavin Belson',
      email: 'gavin@hooli.example',
      country: 'DE',
    },
  },
  {
    id: DemoOpportunityIds.starkValves,
    accountId: DemoAccounts.stark.id,
    ownerId: DemoUsers.rep3.id,
    stage: OpportunityStage.WON,
    terms: {
      name: 'Stark: valves and maintenance',
      amount: '6198.00',
      products: [line(DemoProducts.valve, 20), line(DemoProducts.service, 1)],
    },
    convertedLead: {
      company: DemoAccounts.stark.name,
      contactName: 'Tony Fabbro',
      email: 'tony@stark.example',
      country: 'IT',
    },
  },
  {
    id: DemoOpportunityIds.umbrellaPumps,
    accountId: DemoAccounts.umbrella.id,
    ownerId: DemoUsers.rep.id,
    stage: OpportunityStage.LOST,
    terms: {
      name: 'Umbrella: pump replacement',
      amount: '9500.00',
      products: [{ productId: DemoProducts.pump.id }],
    },
    lostReason: 'A competitor offered a lower price with faster delivery',
  },
];
