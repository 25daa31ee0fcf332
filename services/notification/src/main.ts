import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadNotificationConfig } from './config';
import { notificationService } from './service-definition';

// config -> data source -> Kafka -> relay -> consumers -> schema -> server -> jobs; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(notificationService(loadNotificationConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
