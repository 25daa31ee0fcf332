import type { DepartmentRequestsQuery, ServiceRequestStatus } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { ActionForm } from '../../ui/action-form';
import { ErrorList } from '../../ui/error-list';
import { optional, TextAreaField } from '../../ui/fields';
import { day } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';
import { UpdateServiceRequestStatus } from './service-requests.operations';

type Request = DepartmentRequestsQuery['serviceRequests'][number];

/** One request and the department's next step: start it, finish it with a note. */
export function ServiceRequestItem({
  request,
  onChanged,
}: {
  request: Request;
  onChanged: () => void;
}) {
  const update = useAction(UpdateServiceRequestStatus);
  const move = async (status: ServiceRequestStatus, note?: string) => {
    const ok = await update.run({ input: { id: request.id, status, note } });
    if (ok) onChanged();
    return Boolean(ok);
  };
  return (
    <li className="panel" data-request={request.title}>
      <h2>{request.title}</h2>
      <p>
        {request.accountName} ·{' '}
        <StatusBadge value={request.status} tone={request.status === 'DONE' ? 'good' : 'plain'} />{' '}
        <StatusBadge
          value={request.priority}
          tone={
            request.priority === 'URGENT' ? 'bad' : request.priority === 'HIGH' ? 'warn' : 'plain'
          }
        />{' '}
        · due {day(request.dueDate)} {request.overdue && <span className="badge bad">Overdue</span>}
      </p>
      {request.description && <p>{request.description}</p>}
      {request.contact && (
        <p className="muted">
          Contact: {request.contact.name}
          {request.contact.email && ` · ${request.contact.email}`}
          {request.contact.phone && ` · ${request.contact.phone}`}
        </p>
      )}
      {request.resolutionNote && <p>Note: {request.resolutionNote}</p>}
      <div className="row-actions">
        {request.status === 'OPEN' && (
          <button type="button" disabled={update.busy} onClick={() => move('IN_PROGRESS')}>
            Start<span className="sr-only"> {request.title}</span>
          </button>
        )}
        {(request.status === 'OPEN' || request.status === 'IN_PROGRESS') && (
          <ActionForm
            label="Mark done"
            context={request.title}
            submitLabel="Done"
            errors={[]}
            busy={update.busy}
            onSubmit={(f) => move('DONE', optional(f, 'note'))}
          >
            <TextAreaField label="What was done" name="note" />
          </ActionForm>
        )}
      </div>
      <ErrorList errors={update.errors} />
    </li>
  );
}
