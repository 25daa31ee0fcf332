import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadLeadConfig } from './config';
import { leadServiceDefinition } from './service-definition';

// config -> data source -> schema -> server -> relay -> consumers; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(leadServiceDefinition(loadLeadConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
