import { createAccountServices, type AccountServices } from '../../src/account-services';
import { AccountDemoSeed } from '../../src/seed/account-demo-seed';
import {
  EventPublisher,
  publishDemoTeams,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

export interface SeededService {
  sut: AccountSut;
  publisher: EventPublisher;
  services: AccountServices;
  stop(): Promise<void>;
}

/** The service with the demo teams (as planning publishes them) and the demo accounts seeded. */
export async function startSeededService(label: string): Promise<SeededService> {
  const sut = await startAccountService(label);
  const publisher = new EventPublisher(sut);
  await publishDemoTeams(sut, publisher);
  const services = createAccountServices(sut.service.deps.dataSource, sut.service.deps.outbox);
  await new AccountDemoSeed(sut.service.deps.dataSource, services).run();
  return {
    sut,
    publisher,
    services,
    async stop() {
      await publisher.close();
      await sut.stop();
    },
  };
}
