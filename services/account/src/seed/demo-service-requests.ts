import { DemoAccounts } from '@salesgraph/demo-data';
import { addDays, isoDateOf, plusDays } from '@salesgraph/service-kit';
import type { AccountComponents } from '../account-components';
import { ServiceRequestPriority as Priority } from '../modules/service-request/service-request-enums';
import { ServiceRequest } from '../modules/service-request/service-request.entity';
import type { AccountDemoSeed } from './account-demo-seed';
import { DemoContactIds as C, DemoRecordIds as R } from './demo-ids';
import type { DemoStep } from './demo-step';

const { globex, initech } = DemoAccounts;

/** Service requests routed to TECHNICAL (two) and LOGISTICS (one, overdue). */
export function serviceRequestSteps(
  seed: AccountDemoSeed,
  s: AccountComponents,
  now: Date,
): DemoStep[] {
  const today = isoDateOf(now);
  return [
    [
      ServiceRequest,
      R.requestGlobexCommissioning,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            department: 'TECHNICAL',
            title: 'Commissioning support for the new DN100 valves',
            priority: Priority.HIGH,
            dueDate: addDays(today, 7),
            contactId: C.globexTechnical,
          },
          R.requestGlobexCommissioning,
        ),
    ],
    [
      ServiceRequest,
      R.requestGlobexDeliveries,
      () =>
        s.serviceRequests.route(
          // routed 20 days ago and due two days ago: overdue
          seed.ownerOf(globex.id, plusDays(now, -20)),
          {
            accountId: globex.id,
            department: 'LOGISTICS',
            title: 'Consolidate deliveries into one monthly shipment',
            priority: Priority.NORMAL,
            dueDate: addDays(today, -2),
            contactId: C.globexPurchasingOfficer,
          },
          R.requestGlobexDeliveries,
        ),
    ],
    [
      ServiceRequest,
      R.requestInitechFailureAnalysis,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(initech.id),
          {
            accountId: initech.id,
            department: 'TECHNICAL',
            title: 'Failure analysis of two returned pressure sensors',
            description: 'Both failed after 3 months in the clean room.',
            priority: Priority.URGENT,
            dueDate: addDays(today, 3),
            contactId: C.initechTechnical,
          },
          R.requestInitechFailureAnalysis,
        ),
    ],
  ];
}
