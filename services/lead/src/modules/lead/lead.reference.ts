import { batchedReference } from '@salesgraph/service-kit';
import type { LeadService } from './lead.service';

/** `_entities` for Lead: one query per plan step, filtered by the caller's access. */
export const leadReference = (leads: LeadService) =>
  batchedReference('Lead', (ids, context) => leads.findVisible(context.command, ids));
