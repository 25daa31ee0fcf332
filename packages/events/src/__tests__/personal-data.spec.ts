import { z } from 'zod';
import { EventCatalog } from '../catalog';
import { ContactAdded } from '../account/contact-added.event';
import { ContactConsentChanged } from '../account/contact-consent-changed.event';
import { LeadConsentChanged } from '../lead/lead-consent-changed.event';
import { LeadConverted } from '../lead/lead-converted.event';
import { MarketingLeadCaptured } from '../marketing/marketing-lead-captured.event';
import { personal, personalFieldsOf } from '../personal-data';

/**
 * Fields named like a person's data that are not a person's data, each with
 * why. Anything else named like a name, e-mail, phone, title or notes must be
 * marked `personal(...)`, or the guard below fails.
 */
const notPersonal: Record<string, string> = {
  'account.AccountCreated.v1 name': 'the customer company',
  'account.AccountUpdated.v1 name': 'the customer company',
  'lead.LeadConverted.v1 company.name': 'the customer company',
  'lead.AccountSignalDetected.v1 accountName': 'the customer company',
  'lead.AccountSignalDetected.v1 suggestedOpportunityName': 'a deal, named after the company',
  'lead.LeadAssignmentRuleChanged.v1 name': 'an assignment rule',
  'planning.SalesTeamUpdated.v1 name': 'a sales team',
  'lead.OpportunityStageChanged.v1 name': 'a deal, named after the company and what it buys',
  'lead.OpportunityWon.v1 name': 'a deal, named after the company and what it buys',
  'lead.OpportunityLost.v1 name': 'a deal, named after the company and what it buys',
  'order.ProductChanged.v1 name': 'a product',
  'order.QuoteChanged.v1 quote.lines[].productName': 'a product on a quote line',
  'order.QuoteAccepted.v1 quote.lines[].productName': 'a product on a quote line',
  'order.PriceListChanged.v1 name': 'a price list',
  'order.PriceApprovalDecided.v1 note': 'a manager’s reason about a price, written for the rep',
  'account.ServiceRequestChanged.v1 note':
    'the customer’s request to a department; people are named by contact id (docs/privacy.md)',
  'account.CustomisationProposalChanged.v1 note':
    'a product customisation for the customer; people are named by contact id (docs/privacy.md)',
};

describe('personal data in event contracts', () => {
  it('is found through objects, lists, optional and described fields, with their paths', () => {
    const schema = z.object({
      id: z.string(),
      name: personal(z.string()),
      people: z.array(z.object({ email: personal(z.email()).optional(), role: z.string() })),
      contact: z.object({ phone: personal(z.string().describe('mobile')) }).optional(),
      whole: personal(z.object({ a: z.string() })),
    });
    expect(personalFieldsOf(schema)).toEqual([
      { path: ['name'], label: 'name', erased: 'erased' },
      { path: ['people', '[]', 'email'], label: 'people[].email', erased: undefined },
      { path: ['contact', 'phone'], label: 'contact.phone', erased: 'erased' },
      { path: ['whole'], label: 'whole', erased: null },
    ]);
    expect(personalFieldsOf(z.object({ name: z.string() }))).toEqual([]);
  });

  it('reads as a placeholder the contract accepts once erased', () => {
    const required = personalFieldsOf(z.object({ email: personal(z.email()) }))[0];
    expect(required.erased).toBe('erased@erased.invalid');
    expect(personalFieldsOf(z.object({ n: personal(z.string().min(1)) }))[0].erased).toBe('erased');
  });

  it('still validates a marked field like the plain one', () => {
    expect(personal(z.email()).safeParse('ann@example.com').success).toBe(true);
    expect(personal(z.email()).safeParse('not an e-mail').success).toBe(false);
  });

  it('is declared by the lead conversion, contact and marketing contracts', () => {
    expect(LeadConverted.personalFields.map((f) => f.label)).toEqual([
      'contact.name',
      'contact.email',
      'contact.phone',
      'contact.title',
      'consent[].note',
    ]);
    expect(ContactAdded.personalFields.map((f) => f.label)).toEqual(['name', 'title', 'email']);
    expect(MarketingLeadCaptured.personalFields.map((f) => f.label)).toEqual([
      'contactName',
      'email',
      'phone',
    ]);
  });

  it('seals what a person said about their consent, not the decision itself', () => {
    for (const definition of [LeadConsentChanged, ContactConsentChanged])
      expect(definition.personalFields.map((f) => [f.label, f.erased])).toEqual([
        ['note', 'erased'],
      ]);
  });

  // The guard for the next contract: an unmarked personal field would stay readable after erasure.
  it('marks every field of the catalogue named like a person’s name, e-mail, phone, title or notes', () => {
    const unmarked: string[] = [];
    const visit = (node: z.ZodType, path: string[], type: string): void => {
      const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'object')
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
          visit(child, [...path, key], type);
      else if (def.type === 'array') visit(def.element as z.ZodType, [...path, '[]'], type);
      else if (['optional', 'nullable', 'default'].includes(def.type))
        visit(def.innerType as z.ZodType, path, type);
      else if (def.type === 'boolean')
        return; // hasVisitReport: that there is one, not what it says
      else if (/name$|e-?mail|phone|mobile|^title$|notes?$|report$/i.test(path.at(-1) ?? '')) {
        const label = path.join('.').replaceAll('.[]', '[]');
        const marked = EventCatalog.find((d) => d.type === type)!.personalFields;
        if (!marked.some((f) => label === f.label || label.startsWith(`${f.label}.`)))
          if (!notPersonal[`${type} ${label}`]) unmarked.push(`${type} ${label}`);
      }
    };
    for (const definition of EventCatalog) visit(definition.schema, [], definition.type);
    expect(unmarked).toEqual([]);
  });

  it('names in the exceptions only fields that exist and are unmarked', () => {
    for (const key of Object.keys(notPersonal)) {
      const [type, label] = key.split(' ');
      const definition = EventCatalog.find((d) => d.type === type);
      expect(definition).toBeDefined();
      expect(definition!.personalFields.map((f) => f.label)).not.toContain(label);
    }
  });
});
