import { ConsentDecisionInput, Input } from '@salesgraph/service-kit';
import { InputType } from 'type-graphql';

@InputType({
  description:
    "A consent given or withdrawn by a lead's contact, on one or more channels alike (one record each).",
})
export class RecordLeadConsentInput extends ConsentDecisionInput {
  @Input.id({ of: 'lead' })
  leadId: string;
}
