import { DemoAccounts } from '@salesgraph/demo-data';
import { plusDays } from '@salesgraph/service-kit';
import { BuyingRole } from '../modules/contact/buying-role';
import type { NewContact } from '../modules/contact/contact.entity';
import { DemoContactIds as C } from './demo-ids';

type DemoContact = Omit<NewContact, 'lastInteractionAt'> & { daysSinceInteraction: number | null };

const contact = (
  id: string,
  accountId: string,
  name: string,
  title: string,
  buyingRole: BuyingRole,
  influence: number,
  relationshipStrength: number,
  daysSinceInteraction: number | null,
): DemoContact => ({
  id,
  accountId,
  name,
  title,
  email: `${name.split(' ')[0].toLowerCase()}@${Object.values(DemoAccounts).find((a) => a.id === accountId)?.domain}`,
  phone: null,
  buyingRole,
  influence,
  relationshipStrength,
  daysSinceInteraction,
});

const { globex, initech, umbrella, hooli, stark } = DemoAccounts;

/**
 * Globex covers every buying role, but its senior executive has gone cold;
 * Initech has no purchasing officer and no senior executive: the coverage
 * gaps the key-account view shows.
 */
// A table reads better here than one argument per line:
// prettier-ignore
export const demoContacts: DemoContact[] = [
  contact(C.globexPurchasingManager, globex.id, 'Greta Hahn', 'Head of Purchasing', BuyingRole.PURCHASING_MANAGER, 4, 4, 6),
  contact(C.globexPurchasingOfficer, globex.id, 'Paul Becker', 'Buyer', BuyingRole.PURCHASING_OFFICER, 3, 3, 12),
  contact(C.globexTechnical, globex.id, 'Tanja Roth', 'Plant Engineering Lead', BuyingRole.TECHNICAL_DECISION_MAKER, 5, 4, 20),
  contact(C.globexExecutive, globex.id, 'Erik Vogel', 'COO', BuyingRole.SENIOR_EXECUTIVE, 5, 2, 130),
  contact(C.globexUser, globex.id, 'Udo Kern', 'Maintenance Supervisor', BuyingRole.USER, 2, 3, 30),
  contact(C.initechPurchasingManager, initech.id, 'Ines Lang', 'Procurement Manager', BuyingRole.PURCHASING_MANAGER, 4, 3, 15),
  contact(C.initechTechnical, initech.id, 'Tom Brandt', 'R&D Director', BuyingRole.TECHNICAL_DECISION_MAKER, 5, 3, 40),
  contact(C.initechUser, initech.id, 'Uwe Fink', 'Line Technician', BuyingRole.USER, 2, 2, 60),
  contact(C.umbrellaPurchasingManager, umbrella.id, 'Maria Stein', 'Purchasing Manager', BuyingRole.PURCHASING_MANAGER, 4, 3, 10),
  contact(C.hooliPurchasingManager, hooli.id, 'Hanna Weiss', 'Office Manager', BuyingRole.PURCHASING_MANAGER, 3, 2, 25),
  contact(C.hooliTechnical, hooli.id, 'Dev Patel', 'Lab Lead', BuyingRole.TECHNICAL_DECISION_MAKER, 4, 2, 50),
  contact(C.starkPurchasingManager, stark.id, 'Sven Ott', 'Purchasing Manager', BuyingRole.PURCHASING_MANAGER, 3, 3, 35),
];

export function toNewContact(demo: DemoContact, now: Date): NewContact {
  const { daysSinceInteraction, ...rest } = demo;
  return {
    ...rest,
    lastInteractionAt: daysSinceInteraction === null ? null : plusDays(now, -daysSinceInteraction),
  };
}
