import { DemoTeams, DemoUsers } from '@salesgraph/identity';
import { ContractJourney, type SignedContract } from './contract-journey';
import { LeadJourney } from './lead-journey';
import type { MarketingPublisher, PublishedLead } from './marketing-publisher';
import { OrderJourney, type FinishedOrder } from './order-journey';
import { pause, type SubgraphClient } from './subgraph-client';

export interface FlowPlan {
  /** Marketing leads to publish; 7 in 10 are Dutch and go to the suite's rule, the rest wait unassigned. */
  leads: number;
  /** Every n-th Dutch lead is worked through to an order. */
  workEvery: number;
  callOffs: number;
  /** Every n-th order is cancelled after confirmation instead of invoiced. */
  cancelEvery: number;
  /** Every n-th worked lead's order gets a deep discount, approved by the rep's manager. */
  approvalEvery: number;
  /** The poison record goes out after this many leads. */
  poisonAfter: number;
  /** How long publishing should take (the faults run meanwhile). */
  publishOverMs: number;
  concurrency: number;
}

export interface FlowResult {
  published: number;
  finishedOrders: FinishedOrder[];
  unacknowledgedCallOffs: number;
  failures: string[];
}

/**
 * The business the faults hit: marketing publishing leads, reps working some
 * of them to orders, key-account call-offs against supply contracts, and
 * order administration taking every order to its end. Publishing is paced
 * over the fault schedule; when the planned leads are out, a trickle goes on
 * until the faults are over, so that every kill lands on live traffic.
 */
export class Flow {
  private readonly queue: Array<() => Promise<void>> = [];
  private readonly result: FlowResult = {
    published: 0,
    finishedOrders: [],
    unacknowledgedCallOffs: 0,
    failures: [],
  };
  private readonly journeys: LeadJourney;
  private readonly contracts: ContractJourney;
  private signed: SignedContract[] = [];
  private hurry = false;
  private stopTrickle = false;
  private publishing?: Promise<void>;
  private workers: Promise<void>[] = [];
  private publishingDone = false;
  private orderCount = 0;
  private extra = 1_000_000;

  constructor(
    private readonly client: SubgraphClient,
    private readonly publisher: MarketingPublisher,
    private readonly plan: FlowPlan,
    private readonly log: (line: string) => void,
  ) {
    const orders = new OrderJourney(client);
    this.journeys = new LeadJourney(client, orders);
    this.contracts = new ContractJourney(client, orders);
  }

  /** Before the faults: a rule that sends Dutch leads to team North without a cap, and two signed contracts. */
  async setup(): Promise<void> {
    const deadline = Date.now() + 300_000;
    await this.client.query(
      DemoUsers.manager,
      'lead',
      `mutation($team: ID!) { createLeadAssignmentRule(input: { name: "Fault suite: the Netherlands", priority: 5,
        teamId: $team, countries: ["NL"], regions: [], segments: [], maxOpenLeadsPerRep: 100000, active: true }) { id } }`,
      { team: DemoTeams.north.id },
      deadline,
    );
    this.signed = await this.contracts.sign(deadline);
  }

  start(): void {
    this.publishing = this.publish();
    this.workers = Array.from({ length: this.plan.concurrency }, () => this.work());
  }

  /** The faults are over: publish what is left at once, and stop the trickle. */
  finishSoon(): void {
    this.hurry = true;
    this.stopTrickle = true;
  }

  async done(): Promise<FlowResult> {
    this.finishSoon();
    await this.publishing;
    this.publishingDone = true;
    await Promise.all(this.workers);
    await this.publisher.disconnect();
    return this.result;
  }

  /**
   * A burst of unassigned leads, spread over the partitions: right before a
   * kill, so that events wait on every partition the killed instance reads.
   */
  async burst(count = 12): Promise<void> {
    const batch = Array.from({ length: count }, () => this.publisher.lead(this.extra++, 'US'));
    await this.publisher.publish(batch);
    this.result.published += batch.length;
  }

  progress(): string {
    return `${this.result.published} leads published, ${this.result.finishedOrders.length} orders finished, ${this.queue.length} journeys waiting, ${this.result.failures.length} failed`;
  }

  private async publish(): Promise<void> {
    const started = Date.now();
    const { leads, workEvery, callOffs } = this.plan;
    const callOffEvery = Math.max(1, Math.floor(leads / Math.max(1, callOffs)));
    let dutch = 0;
    let callOffsQueued = 0;
    for (let i = 0; i < leads; i += 5) {
      const batch = [];
      for (let j = i; j < Math.min(leads, i + 5); j += 1)
        batch.push(this.publisher.lead(j, j % 10 < 7 ? 'NL' : 'US'));
      await this.publisher.publish(batch);
      this.result.published += batch.length;
      for (const { lead } of batch) {
        if (lead.country === 'NL' && dutch++ % workEvery === 0) this.enqueueLead(lead);
        if (lead.index % callOffEvery === callOffEvery - 1 && callOffsQueued < callOffs)
          this.enqueueCallOff(callOffsQueued++);
      }
      if (i < this.plan.poisonAfter && i + 5 >= this.plan.poisonAfter)
        await this.publisher.publishPoison();
      if (!this.hurry) {
        const due = started + ((i + 5) / leads) * this.plan.publishOverMs;
        if (due > Date.now()) await pause(due - Date.now());
      }
    }
    while (callOffsQueued < callOffs) this.enqueueCallOff(callOffsQueued++);
    // Live traffic until the faults are over: one unassigned lead a second.
    for (let extra = leads; !this.stopTrickle; extra += 1) {
      await this.publisher.publish([this.publisher.lead(extra, 'US')]);
      this.result.published += 1;
      await pause(1_000);
    }
  }

  private enqueueLead(lead: PublishedLead): void {
    const n = this.orderCount++;
    this.queue.push(async () => {
      const finished = await this.journeys.run(
        lead,
        5 + (n % 40),
        n % this.plan.cancelEvery === 1,
        Date.now() + 900_000,
        n % this.plan.approvalEvery === 0,
      );
      this.result.finishedOrders.push(finished);
    });
  }

  private enqueueCallOff(n: number): void {
    const m = this.orderCount++;
    this.queue.push(async () => {
      const contract = this.signed[n % this.signed.length];
      const finished = await this.contracts.callOff(
        contract,
        n,
        m % this.plan.cancelEvery === 1,
        Date.now() + 900_000,
      );
      if (finished) this.result.finishedOrders.push(finished);
      else this.result.unacknowledgedCallOffs += 1;
    });
  }

  private async work(): Promise<void> {
    for (;;) {
      const task = this.queue.shift();
      if (!task) {
        if (this.publishingDone) return;
        await pause(200);
        continue;
      }
      try {
        await task();
      } catch (error) {
        this.result.failures.push((error as Error).message);
        this.log(`flow: ${(error as Error).message}`);
      }
    }
  }
}
