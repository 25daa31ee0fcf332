import { useState, useSyncExternalStore } from 'react';
import { sessionStore } from '../../auth/session-store';
import type { InternalDepartment } from '../../gql/graphql';
import { useLiveQuery } from '../../graphql/use-live-query';
import { SelectField } from '../../ui/fields';
import { humanize } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { ServiceRequestItem } from './service-request-item';
import { DepartmentRequestsQuery } from './service-requests.operations';

const departments: InternalDepartment[] = ['TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE', 'SALES'];

/** An internal department's requests, routed by account managers, by due date; moved along here. */
export default function ServiceRequestsPage() {
  const user = useSyncExternalStore(sessionStore.subscribe, sessionStore.get)?.user;
  const [department, setDepartment] = useState<InternalDepartment>(
    (user?.department as InternalDepartment | null) ?? 'TECHNICAL',
  );
  const [openOnly, setOpenOnly] = useState(true);
  const [result, reload] = useLiveQuery(
    { query: DepartmentRequestsQuery, variables: { department, openOnly } },
    30_000,
  );
  return (
    <>
      <div className="toolbar">
        <h1>Service requests: {humanize(department)}</h1>
        {!user?.department && (
          <SelectField
            label="Department"
            name="department"
            value={department}
            onChange={(e) => setDepartment(e.target.value as InternalDepartment)}
            options={departments}
          />
        )}
        <label>
          <input
            type="checkbox"
            checked={!openOnly}
            onChange={(e) => setOpenOnly(!e.target.checked)}
          />{' '}
          Show done and cancelled
        </label>
        <RefreshButton what="service requests" onClick={reload} busy={result.fetching} />
      </div>
      <QueryState
        result={result}
        label="service requests"
        isEmpty={(d) => d.serviceRequests.length === 0}
        empty="No open requests for your department."
      >
        {({ serviceRequests }) => (
          <ul className="request-list">
            {serviceRequests.map((request) => (
              <ServiceRequestItem key={request.id} request={request} onChanged={reload} />
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
