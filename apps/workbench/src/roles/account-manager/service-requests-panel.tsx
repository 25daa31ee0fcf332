import type { InternalDepartment, ServiceRequestPriority } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { Field, optional, required, SelectField, TextAreaField } from '../../ui/fields';
import { day, humanize, isoDay } from '../../ui/format';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import type { PanelProps } from './key-account-types';
import { RouteServiceRequest } from './key-account-actions.operations';

const departments: InternalDepartment[] = ['TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE', 'SALES'];

/** What the account manager routed to the internal departments, and where it stands. */
export function ServiceRequestsPanel({ account, onChanged }: PanelProps) {
  const route = useAction(RouteServiceRequest);
  return (
    <Section
      title="Service requests"
      actions={
        <ActionForm
          label="Route a request"
          errors={route.errors}
          busy={route.busy}
          onSubmit={async (f) => {
            const ok = await route.run({
              input: {
                accountId: account.id,
                department: required(f, 'department') as InternalDepartment,
                title: required(f, 'title'),
                description: optional(f, 'description'),
                priority: required(f, 'priority') as ServiceRequestPriority,
                dueDate: required(f, 'dueDate'),
              },
            });
            if (ok) onChanged();
            return Boolean(ok);
          }}
        >
          <SelectField label="Department" name="department" options={departments} />
          <Field label="Title" name="title" required />
          <TextAreaField label="Description" name="description" />
          <SelectField
            label="Priority"
            name="priority"
            options={['LOW', 'NORMAL', 'HIGH', 'URGENT']}
            defaultValue="NORMAL"
          />
          <Field label="Due" name="dueDate" type="date" defaultValue={isoDay(7)} required />
        </ActionForm>
      }
    >
      {account.serviceRequests.length === 0 ? (
        <p className="empty">No service requests.</p>
      ) : (
        <ul>
          {account.serviceRequests.map((r) => (
            <li key={r.id}>
              <strong>{r.title}</strong>{' '}
              <span className="muted">
                · {humanize(r.department)} · {humanize(r.priority).toLowerCase()} priority · due{' '}
                {day(r.dueDate)}
              </span>{' '}
              <StatusBadge value={r.status} tone={r.status === 'DONE' ? 'good' : 'plain'} />
              {r.overdue && <span className="badge bad"> Overdue</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
