import { randomUUID } from 'node:crypto';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { graph, graphEventually } from './support/platform';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * A day in the life of an account manager: a rep's customer becomes a key
 * account and moves to the account manager, who builds the buying-centre
 * picture, logs a competitor threat, signs a supply contract and draws on it,
 * routes a request to a department, gets the account plan approved and then
 * reads the whole key account in one query across the four subgraphs.
 */
describe('an account manager’s key account', () => {
  const year = new Date().getUTCFullYear();

  it('takes over a key account and sees contacts, threats, health, contracts, orders and plan against actual', async () => {
    const name = `Key Customer ${randomUUID().slice(0, 8)} AG`;
    const { createAccount } = await graph<{ createAccount: { id: string; ownerId: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: LARGE }) { id ownerId } }',
      { n: name },
    );
    const accountId = createAccount.id;
    expect(createAccount.ownerId).toBe(DemoUsers.rep.id);

    // Mia designates it: ownership moves from Rita to Alex by the handoff rule.
    const designated = await graph<{
      designateKeyAccount: {
        tier: string;
        ownerId: string;
        history: Array<{ eventType: string; data: { ruleVersion?: string } }>;
      };
    }>(
      'manager',
      'mutation($a: ID!, $am: ID!) { designateKeyAccount(input: { accountId: $a, accountManagerId: $am }) { tier ownerId history { eventType data } } }',
      { a: accountId, am: DemoUsers.accountManager.id },
    );
    expect(designated.designateKeyAccount).toMatchObject({
      tier: 'KEY',
      ownerId: DemoUsers.accountManager.id,
    });
    expect(
      designated.designateKeyAccount.history.find(
        (h) => h.eventType === 'account.AccountOwnerChanged.v1',
      )?.data.ruleVersion,
    ).toBe('handoff-v1');

    const am = 'accountManager' as const;
    await graph(
      am,
      'mutation($a: ID!) { addContact(input: { accountId: $a, name: "Petra Einkauf", buyingRole: PURCHASING_MANAGER, influence: 5, relationshipStrength: 4, lastInteractionAt: "' +
        new Date().toISOString() +
        '" }) { id } }',
      { a: accountId },
    );
    await graph(
      am,
      'mutation($a: ID!) { addContact(input: { accountId: $a, name: "Tom Technik", buyingRole: TECHNICAL_DECISION_MAKER, influence: 4, relationshipStrength: 3 }) { id } }',
      { a: accountId },
    );
    await graph(
      am,
      'mutation($a: ID!, $p: ID!) { logCompetitorThreat(input: { accountId: $a, competitor: "Acme Flow Systems", productId: $p, threatLevel: HIGH, notes: "offering 15% below our list price" }) { id } }',
      { a: accountId, p: DemoProducts.valve.id },
    );

    // A supply contract, signed, and a call-off against it (once the order service knows Alex owns the account).
    const contract = await graphEventually<{ createContract: { id: string; version: number } }>(
      am,
      'mutation($a: ID!, $p: ID!, $s: LocalDate!, $e: LocalDate!) { createContract(input: { accountId: $a, startDate: $s, endDate: $e, overrunPolicy: REFUSE, commitments: [{ productId: $p, price: "230.00", committedQuantity: "500" }] }) { id version } }',
      { a: accountId, p: DemoProducts.valve.id, s: isoDate(-10), e: isoDate(355) },
      () => true,
      'the order service to learn that Alex owns the account',
    );
    const signed = await graph<{ signContract: { status: string } }>(
      am,
      'mutation($c: ID!, $v: Int!) { signContract(contractId: $c, expectedVersion: $v) { status } }',
      { c: contract.createContract.id, v: contract.createContract.version },
    );
    expect(signed.signContract.status).toBe('ACTIVE');
    const callOff = await graph<{
      createCallOff: { id: string; version: number; totalNet: string };
    }>(
      am,
      'mutation($c: ID!, $p: ID!) { createCallOff(input: { contractId: $c, lines: [{ productId: $p, quantity: "40" }] }) { id version totalNet } }',
      { c: contract.createContract.id, p: DemoProducts.valve.id },
    );
    expect(callOff.createCallOff.totalNet).toBe('9200.00');
    const placed = await graph<{ placeOrder: { version: number } }>(
      am,
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { version } }',
      { id: callOff.createCallOff.id, v: callOff.createCallOff.version },
    );
    await graph(
      'coordinator',
      'mutation($id: ID!, $v: Int!) { confirmOrder(orderId: $id, expectedVersion: $v) { status } }',
      { id: callOff.createCallOff.id, v: placed.placeOrder.version },
    );

    // A service request routed to the technical department, which picks it up.
    const request = await graph<{ routeServiceRequest: { id: string } }>(
      am,
      'mutation($a: ID!, $d: LocalDate!) { routeServiceRequest(input: { accountId: $a, department: TECHNICAL, title: "Commissioning support for the new valves", priority: HIGH, dueDate: $d }) { id } }',
      { a: accountId, d: isoDate(14) },
    );
    const forTechnical = await graph<{ serviceRequests: Array<{ id: string }> }>(
      'technician',
      '{ serviceRequests(department: TECHNICAL) { id } }',
    );
    expect(forTechnical.serviceRequests.map((r) => r.id)).toContain(request.routeServiceRequest.id);
    await graph(
      'technician',
      'mutation($id: ID!) { updateServiceRequestStatus(input: { id: $id, status: IN_PROGRESS, note: "engineer booked" }) { status } }',
      { id: request.routeServiceRequest.id },
    );

    // The account plan for the year, approved by Mia.
    const plan = await graphEventually<{ createAccountPlan: { id: string } }>(
      am,
      'mutation($a: ID!, $y: Int!) { createAccountPlan(input: { accountId: $a, year: $y, objectives: ["Defend the valve business against Acme"] }) { id } }',
      { a: accountId, y: year },
      () => true,
      'planning to learn that the account is a key account of Alex',
    );
    const planId = plan.createAccountPlan.id;
    await graph(
      am,
      'mutation($id: ID!, $p: ID!) { setAccountPlanTargets(input: { planId: $id, targets: [{ productId: $p, revenue: "115000.00", margin: "28000.00" }] }) { id } }',
      { id: planId, p: DemoProducts.valve.id },
    );
    await graph(am, 'mutation($id: ID!) { submitAccountPlan(planId: $id) { status } }', {
      id: planId,
    });
    await graph('manager', 'mutation($id: ID!) { approveAccountPlan(planId: $id) { status } }', {
      id: planId,
    });

    // The key-account view: one query, four subgraphs.
    type View = {
      account: {
        name: string;
        tier: string;
        contacts: Array<{ name: string; buyingRole: string }>;
        coverage: { missingRoles: string[] };
        competitorThreats: Array<{ competitor: string; threatLevel: string }>;
        health: { score: number; reasons: Array<{ code: string; message: string }> };
        contracts: Array<{
          status: string;
          commitments: Array<{ productId: string; consumed: string; remaining: string }>;
        }>;
        orders: Array<{ kind: string; status: string; totalNet: string }>;
        serviceRequests: Array<{ department: string; status: string }>;
        opportunities: unknown[];
        plan: {
          status: string;
          planVsActual: Array<{ productId: string; revenueTarget: string; actualRevenue: string }>;
        } | null;
      };
    };
    const view = await graphEventually<View>(
      am,
      `query($id: ID!, $y: Int) {
        account(id: $id) {
          name tier
          contacts { name buyingRole }
          coverage { missingRoles }
          competitorThreats { competitor threatLevel }
          health { score reasons { code message } }
          contracts { status commitments { productId consumed remaining } }
          orders { kind status totalNet }
          serviceRequests { department status }
          opportunities { id }
          plan(year: $y) { status planVsActual { productId revenueTarget actualRevenue } }
        }
      }`,
      { id: accountId, y: year },
      (d) => d.account.plan?.planVsActual.some((p) => p.actualRevenue === '9200.00') === true,
      'plan against actual to show the confirmed call-off',
    );
    const account = view.account;
    expect(account).toMatchObject({ name, tier: 'KEY' });
    expect(account.contacts.map((c) => c.buyingRole).sort()).toEqual([
      'PURCHASING_MANAGER',
      'TECHNICAL_DECISION_MAKER',
    ]);
    expect(account.coverage.missingRoles).toEqual(
      expect.arrayContaining(['PURCHASING_OFFICER', 'SENIOR_EXECUTIVE']),
    );
    expect(account.competitorThreats).toEqual([
      { competitor: 'Acme Flow Systems', threatLevel: 'HIGH' },
    ]);
    expect(account.health.reasons.map((r) => `${r.code} ${r.message}`).join(' | ')).toMatch(
      /threat/i,
    );
    expect(account.contracts).toEqual([
      {
        status: 'ACTIVE',
        commitments: [{ productId: DemoProducts.valve.id, consumed: '40', remaining: '460' }],
      },
    ]);
    expect(account.orders).toEqual([
      { kind: 'CALL_OFF', status: 'CONFIRMED', totalNet: '9200.00' },
    ]);
    expect(account.serviceRequests).toEqual([{ department: 'TECHNICAL', status: 'IN_PROGRESS' }]);
    expect(account.plan).toEqual({
      status: 'APPROVED',
      planVsActual: [
        { productId: DemoProducts.valve.id, revenueTarget: '115000.00', actualRevenue: '9200.00' },
      ],
    });

    // The rep who handed it over no longer sees it.
    const rita = await graph<{ accounts: Array<{ id: string }> }>(
      'rep',
      '{ accounts(limit: 200) { id } }',
    );
    expect(rita.accounts.map((a) => a.id)).not.toContain(accountId);
  });
});
