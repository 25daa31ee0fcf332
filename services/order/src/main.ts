import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadOrderConfig } from './config';
import { orderService } from './service-definition';

// config -> data source -> Kafka -> relay -> consumers -> schema -> server -> jobs; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(orderService(loadOrderConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
