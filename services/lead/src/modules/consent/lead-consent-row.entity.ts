import type { ConsentChannel, ConsentSource } from '@salesgraph/events';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LeadConsent } from './lead-consent.entity';

/**
 * One consent decision of a lead's contact as stored: one row naming all the
 * channels it covers (marketing's form names four). The graph shows it per
 * channel (`consentRecordsOf`), as LeadConsentRecord.
 *
 * A row per channel made a lead from marketing four consent rows, each with
 * its index entries and foreign-key check: 73 to 91 µs of PostgreSQL a lead
 * measured alone, against 24 to 28 as one row (issue 17).
 */
@Entity({ name: 'lead_consent' })
@Index('ix_lead_consent_lead', ['leadId'])
export class LeadConsentRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'lead_id' })
  leadId: string;

  /** Each channel once, in ConsentChannel's order. */
  @Column('text', { array: true })
  channels: ConsentChannel[];

  @Column('boolean')
  given: boolean;

  @Column('text')
  source: ConsentSource;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'effective_at' })
  effectiveAt: Date;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('text', { nullable: true })
  note: string | null;
}

/**
 * A decision as the graph shows it: one record per channel. A decision on one
 * channel keeps its own id (every decision recorded before decisions were one
 * row named one channel); one on several gives each record `<id>:<channel>`.
 */
export function consentRecordsOf(decision: LeadConsentRow): LeadConsent[] {
  const { channels, ...fields } = decision;
  return channels.map((channel) =>
    Object.assign(new LeadConsent(), {
      ...fields,
      id: channels.length === 1 ? decision.id : `${decision.id}:${channel}`,
      channel,
    }),
  );
}

/** `consentRecordsOf` for many decisions, in their order. */
export function consentRecordsOfAll(decisions: readonly LeadConsentRow[]): LeadConsent[] {
  return decisions.flatMap(consentRecordsOf);
}
