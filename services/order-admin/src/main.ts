import { handleShutdownSignals, runMain } from '@salesgraph/service-kit';
import { loadOrderAdminConfig } from './config';
import { startOrderAdminApp } from './order-admin-app';

// The order-admin consumer: node services/order-admin/dist/main.js (see .env.example).
runMain(async () => {
  const app = await startOrderAdminApp(loadOrderAdminConfig());
  handleShutdownSignals(app.stop, app.logger);
});
