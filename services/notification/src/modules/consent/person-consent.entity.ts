import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What this service knows of a person's consent, from LeadConsentChanged and
 * ContactConsentChanged (never from the lead or account database): whether
 * sales may still approach them. Ids and a flag, nothing of the person.
 */
@Entity({ name: 'person_consent' })
export class PersonConsent {
  /** The lead or contact id: the record notifications name as their subject. */
  @PrimaryColumn('uuid')
  subjectId: string;

  @Column({ type: 'text' })
  subjectType: 'Lead' | 'Contact';

  @Column({ type: 'boolean' })
  contactableBySales: boolean;

  /** When the decision this row reflects was recorded: an older one never overwrites it. */
  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
