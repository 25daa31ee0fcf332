import { ConsentDecisionInput, Input } from '@salesgraph/service-kit';
import { InputType } from 'type-graphql';

@InputType({
  description:
    'A consent given or withdrawn by a contact, on one or more channels alike (one record each).',
})
export class RecordContactConsentInput extends ConsentDecisionInput {
  @Input.id({ of: 'contact' })
  contactId: string;
}
