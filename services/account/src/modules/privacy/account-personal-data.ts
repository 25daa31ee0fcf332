import { erasedIfWritten, type PersonalDataMap } from '@salesgraph/service-kit';

/** The person's contacts: by e-mail or id ($1, $2). */
const theirContacts = `SELECT c.id FROM contact c WHERE lower(c.email) = $1 OR c.id::text = ANY($2)`;

/**
 * Where the account service keeps a person's data (docs/privacy.md): the
 * contact itself and what was written about them. Dependent rows first. The
 * account, its orders and its figures are the company's, and stay.
 */
export const accountPersonalData: PersonalDataMap = [
  // Consent records stay after erasure: proof of what the person allowed or withdrew
  // (ids, channels, dates, who recorded it), with nothing of them but the free-text note.
  {
    name: 'contactConsent',
    table: 'contact_consent',
    where: `t.contact_id IN (${theirContacts})`,
    erase: { note: erasedIfWritten('note') },
  },
  {
    name: 'contactActivities',
    table: 'account_activity',
    where: `t.contact_id IN (${theirContacts})`,
    erase: {
      notes: erasedIfWritten('notes'),
      visit_report: erasedIfWritten('visit_report'),
    },
  },
  {
    name: 'contacts',
    table: 'contact',
    where: `lower(t.email) = $1 OR t.id::text = ANY($2)`,
    subject: 'id',
    erase: {
      name: `'erased'`,
      title: 'NULL',
      email: 'NULL',
      phone: 'NULL',
      left_note: erasedIfWritten('left_note'),
    },
  },
];
