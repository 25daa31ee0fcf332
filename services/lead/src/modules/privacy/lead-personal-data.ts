import { erasedIfWritten, type PersonalDataMap } from '@salesgraph/service-kit';

/** The person's leads: by e-mail or id ($1, $2). */
const theirLeads = `SELECT l.id FROM lead l WHERE lower(l.email) = $1 OR l.id::text = ANY($2)`;

/**
 * Where the lead service keeps a person's data (docs/privacy.md). Dependent
 * rows first: erasure finds them through the lead's e-mail before it is gone.
 * A converted lead names its contact in the account service (`related`).
 */
export const leadPersonalData: PersonalDataMap = [
  // Consent records stay after erasure: proof of what the person allowed or withdrew
  // (ids, channels, dates, who recorded it), with nothing of them but the free-text note.
  {
    name: 'leadConsent',
    table: 'lead_consent',
    where: `t.lead_id IN (${theirLeads})`,
    erase: { note: erasedIfWritten('note') },
  },
  {
    name: 'leadActivities',
    table: 'lead_activity',
    where: `t.lead_id IN (${theirLeads})`,
    erase: {
      notes: erasedIfWritten('notes'),
      visit_report: erasedIfWritten('visit_report'),
    },
  },
  {
    name: 'leadDuplicates',
    table: 'lead_merge',
    where: `lower(t.email) = $1 OR t.lead_id IN (${theirLeads})`,
    erase: { contact_name: `'erased'`, email: 'NULL' },
  },
  {
    name: 'leads',
    table: 'lead',
    where: `lower(t.email) = $1 OR t.id::text = ANY($2)`,
    subject: 'id',
    related: ['contact_id'],
    erase: { contact_name: `'erased'`, email: 'NULL', phone: 'NULL' },
  },
];
