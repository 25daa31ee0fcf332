import { createLogger, handleShutdownSignals, runMain } from '@salesgraph/service-kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway-app';

runMain(async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway(config, { logger });
  handleShutdownSignals(gateway.stop, logger);
});
