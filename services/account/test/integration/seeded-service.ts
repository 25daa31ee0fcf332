import { systemClock } from '@salesgraph/service-kit';
import type { AccountComponents } from '../../src/account-components';
import { AccountDemoSeed } from '../../src/seed/account-demo-seed';
import { accountService } from '../../src/service-definition';
import {
  EventPublisher,
  publishDemoTeams,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

export interface SeededService {
  sut: AccountSut;
  publisher: EventPublisher;
  /** The service's components, built for the test as the seed script builds them. */
  components: AccountComponents;
  /** Runs the demo seed (again); returns how many records it created. */
  seed(): Promise<number>;
  stop(): Promise<void>;
}

/** The service's components and its demo seed, as the seed script runs it. */
export function demoSeedOf(sut: AccountSut) {
  const components = accountService.components(sut.service.deps);
  const seed = new AccountDemoSeed(sut.service.deps.dataSource, components, systemClock);
  return { components, seed: () => seed.run() };
}

/** The service with the demo teams (as planning publishes them) and the demo accounts seeded. */
export async function startSeededService(label: string): Promise<SeededService> {
  const sut = await startAccountService(label);
  const publisher = new EventPublisher(sut);
  await publishDemoTeams(sut, publisher);
  const { components, seed } = demoSeedOf(sut);
  await seed();
  return {
    sut,
    publisher,
    components,
    seed,
    async stop() {
      await publisher.close();
      await sut.stop();
    },
  };
}
