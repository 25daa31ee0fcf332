import 'reflect-metadata';
import { handleShutdownSignals, runMain, startSubgraphService } from '@salesgraph/service-kit';
import { loadAccountConfig } from './config';
import { accountService } from './service-definition';

// config -> data source -> Kafka -> relay -> consumers -> schema -> server -> jobs; reverse on SIGTERM/SIGINT
runMain(async () => {
  const service = await startSubgraphService(accountService(loadAccountConfig()));
  handleShutdownSignals(service.stop, service.deps.logger);
});
