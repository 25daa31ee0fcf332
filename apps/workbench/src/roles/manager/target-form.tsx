import { useState } from 'react';
import type { PlanPeriodKind } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ErrorList } from '../../ui/error-list';
import { Field, required, SelectField } from '../../ui/fields';
import { money, quarterStart } from '../../ui/format';
import { Section } from '../../ui/section';
import { SetRevenueTarget } from './team.operations';

/** Set or replace a member's revenue target for a period; the charts follow on the next read. */
export function TargetForm({ members }: { members: string[] }) {
  const set = useAction(SetRevenueTarget);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section title="Set a target">
      <form
        className="inline-form"
        aria-label="Set a target"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(null);
          const f = new FormData(event.currentTarget);
          const result = await set.run({
            input: {
              repId: required(f, 'repId'),
              periodKind: required(f, 'periodKind') as PlanPeriodKind,
              periodStart: required(f, 'periodStart'),
              amount: required(f, 'amount'),
              currency: 'EUR',
            },
          });
          if (result)
            setSaved(
              `Target of ${result.setRevenueTarget.repId} set to ${money(result.setRevenueTarget.amount)}.`,
            );
        }}
      >
        <SelectField
          label="Member"
          name="repId"
          options={members.map((m) => ({ value: m, label: m }))}
        />
        <SelectField label="Period" name="periodKind" options={['QUARTER', 'MONTH', 'YEAR']} />
        <Field
          label="First day of the period"
          name="periodStart"
          type="date"
          defaultValue={quarterStart()}
          required
        />
        <Field
          label="Amount (EUR)"
          name="amount"
          inputMode="decimal"
          pattern="\d+(\.\d{1,2})?"
          required
        />
        <ErrorList errors={set.errors} />
        <div className="form-buttons">
          <button type="submit" disabled={set.busy}>
            Set the target
          </button>
        </div>
        {saved && <p role="status">{saved}</p>}
      </form>
    </Section>
  );
}
