import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadPlanningConfig } from './config';
import { planningService } from './service-definition';

// config -> data source -> Kafka -> relay -> consumers -> schema -> server -> jobs; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(planningService(loadPlanningConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
