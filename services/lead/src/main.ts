import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadLeadConfig } from './config';
import { leadService } from './service-definition';

// config -> data source -> Kafka -> relay -> consumers -> schema -> server -> jobs; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(leadService(loadLeadConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
