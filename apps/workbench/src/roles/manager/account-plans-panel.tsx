import { useAction } from '../../graphql/use-action';
import { useLiveQuery } from '../../graphql/use-live-query';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { required, TextAreaField } from '../../ui/fields';
import { money } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { ApproveAccountPlan, ReturnAccountPlan, SubmittedPlansQuery } from './team.operations';

/** Account plans the team's account managers submitted: approve, or return with a reason. */
export function AccountPlansPanel() {
  const [result, reload] = useLiveQuery({ query: SubmittedPlansQuery });
  const approve = useAction(ApproveAccountPlan);
  const send = useAction(ReturnAccountPlan);
  return (
    <Section title="Account plans to approve">
      <ErrorList errors={approve.errors} />
      <QueryState
        result={result}
        label="submitted plans"
        isEmpty={(d) => d.accountPlans.length === 0}
        empty="No plan waits for your approval."
      >
        {({ accountPlans }) => (
          <ul>
            {accountPlans.map((plan) => (
              <li key={plan.id}>
                <strong>
                  {plan.account.name} {plan.year}
                </strong>{' '}
                <span className="muted">by {plan.accountManagerId}</span>
                <div>
                  {plan.productTargets
                    .map((t) => `${t.product.sku} ${money(t.revenue, plan.currency)}`)
                    .join(' · ') || 'No product targets'}
                </div>
                {plan.objectives.length > 0 && (
                  <div className="muted">{plan.objectives.join('; ')}</div>
                )}
                <div className="row-actions">
                  <button
                    type="button"
                    disabled={approve.busy}
                    onClick={async () => (await approve.run({ planId: plan.id })) && reload()}
                  >
                    Approve<span className="sr-only"> the plan of {plan.account.name}</span>
                  </button>
                  <ActionForm
                    label="Return"
                    submitLabel="Return the plan"
                    errors={send.errors}
                    busy={send.busy}
                    onSubmit={async (f) => {
                      const ok = await send.run({ planId: plan.id, reason: required(f, 'reason') });
                      if (ok) reload();
                      return Boolean(ok);
                    }}
                  >
                    <TextAreaField
                      label="Why (the account manager reads it)"
                      name="reason"
                      required
                    />
                  </ActionForm>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Section>
  );
}
