import { DomainError, NotFoundError } from '@salesgraph/service-kit';

/** Codes of the lead refusals that the kit's generic errors do not name. */
export enum LeadExceptionCode {
  /** The lead is DISQUALIFIED or CONVERTED: no more follow-up or reassignment. */
  LEAD_CLOSED = 'LEAD_CLOSED',
  /** The lead has no owner yet, and what was asked needs one. */
  LEAD_UNASSIGNED = 'LEAD_UNASSIGNED',
}

/** A refusal about a lead, with a stable code and a message for a person. */
export class LeadException extends DomainError {
  constructor(code: LeadExceptionCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'LeadException';
  }

  static closed(leadId: string, status: string, action: string): LeadException {
    return new LeadException(
      LeadExceptionCode.LEAD_CLOSED,
      `Lead ${leadId} is ${status} and closed: you cannot ${action}.`,
      { leadId, status },
    );
  }

  static notFound(leadId: string): NotFoundError {
    return new NotFoundError('Lead', leadId);
  }
}
