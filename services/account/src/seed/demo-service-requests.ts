import { DemoAccounts } from '@salesgraph/demo-data';
import type { AccountServices } from '../account-services';
import { addDays, isoDate } from '../common/dates';
import { ServiceRequestPriority as Priority } from '../modules/service-request/service-request-enums';
import { ServiceRequest } from '../modules/service-request/service-request.entity';
import type { AccountDemoSeed } from './account-demo-seed';
import { DemoContactIds as C, DemoRecordIds as R } from './demo-ids';
import type { DemoStep } from './demo-step';

const { globex, initech } = DemoAccounts;

/** Service requests routed to TECHNICAL (two) and LOGISTICS (one, overdue). */
export function serviceRequestSteps(
  seed: AccountDemoSeed,
  s: AccountServices,
  now: Date,
): DemoStep[] {
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
            dueDate: isoDate(now, 7),
            contactId: C.globexTechnical,
          },
          { id: R.requestGlobexCommissioning, now },
        ),
    ],
    [
      ServiceRequest,
      R.requestGlobexDeliveries,
      () =>
        s.serviceRequests.route(
          seed.ownerOf(globex.id),
          {
            accountId: globex.id,
            department: 'LOGISTICS',
            title: 'Consolidate deliveries into one monthly shipment',
            priority: Priority.NORMAL,
            dueDate: isoDate(now, -2),
            contactId: C.globexPurchasingOfficer,
          },
          { id: R.requestGlobexDeliveries, now: addDays(now, -20) },
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
            dueDate: isoDate(now, 3),
            contactId: C.initechTechnical,
          },
          { id: R.requestInitechFailureAnalysis, now },
        ),
    ],
  ];
}
