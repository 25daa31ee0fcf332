import { InputType } from 'type-graphql';
import { LogLeadActivityInput } from './log-lead-activity.input';

/** The same fields and checks as on a lead: one way to log a follow-up. */
@InputType({ description: 'A call, e-mail or visit on a deal, and when you will follow up next.' })
export class LogOpportunityActivityInput extends LogLeadActivityInput {}
