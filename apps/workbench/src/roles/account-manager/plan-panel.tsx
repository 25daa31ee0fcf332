import { Chart } from '../../charts/chart';
import { useAction } from '../../graphql/use-action';
import { ErrorList } from '../../ui/error-list';
import { money, percent } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import type { PanelProps } from './key-account-types';
import { SubmitAccountPlan } from './key-account-actions.operations';

const num = (v: string | null | undefined) => (v == null ? null : Number(v));

/** The account plan of the year: revenue target against actual per product, and its pace. */
export function PlanPanel({ account, onChanged }: PanelProps) {
  const submit = useAction(SubmitAccountPlan);
  const { plan } = account;
  if (!plan)
    return (
      <Section title="Account plan">
        <p className="empty">No account plan for this year.</p>
      </Section>
    );
  const rows = plan.planVsActual;
  const behind = rows.flatMap((r, i) => (r.behindPace ? [i] : []));
  return (
    <Section
      title={`Account plan ${plan.year}`}
      className="wide"
      actions={
        plan.status === 'DRAFT' && (
          <button
            type="button"
            disabled={submit.busy}
            onClick={async () => (await submit.run({ planId: plan.id })) && onChanged()}
          >
            Submit for approval
          </button>
        )
      }
    >
      <p>
        <StatusBadge value={plan.status} tone={plan.status === 'APPROVED' ? 'good' : 'plain'} />
        {plan.returnReason && plan.status === 'DRAFT' && <> Returned: {plan.returnReason}</>}
        {behind.length > 0 && <> · {behind.length} product(s) behind pace</>}
      </p>
      <ErrorList errors={submit.errors} />
      {rows.length === 0 ? (
        <p className="empty">No product targets or orders this plan year.</p>
      ) : (
        <Chart
          spec={{
            title: `Plan against actual per product, ${plan.year}`,
            categories: rows.map((r) => r.product.sku),
            series: [
              { name: 'Revenue target', values: rows.map((r) => num(r.revenueTarget)) },
              { name: 'Actual', values: rows.map((r) => num(r.actualRevenue)) },
              {
                name: 'Expected by now',
                values: rows.map((r) => num(r.expectedByNow)),
                marker: true,
              },
            ],
            format: (v) => money(String(v), plan.currency),
            flagged: behind,
            flagLabel: 'behind pace',
          }}
        />
      )}
      {rows.length > 0 && (
        <p className="muted">
          Attainment:{' '}
          {rows
            .map(
              (r) =>
                `${r.product.sku} ${percent(r.attainmentPercent)}${r.behindPace ? ' (behind pace)' : ''}`,
            )
            .join(' · ')}
        </p>
      )}
    </Section>
  );
}
