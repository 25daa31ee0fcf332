import { SupplyContractStatus } from '../contract-status';
import {
  assertContractMove,
  assertTakesCallOffs,
  supplyContractLifecycle,
} from '../supply-contract-lifecycle';

const { NEGOTIATING, ACTIVE, EXPIRED, TERMINATED } = SupplyContractStatus;
const contract = (status: SupplyContractStatus) => ({ contractNumber: 'SC-0007', status });

describe('supply contract lifecycle', () => {
  it('is negotiated, signed, then expires or is terminated', () => {
    expect(supplyContractLifecycle.next(NEGOTIATING)).toEqual([NEGOTIATING, ACTIVE, TERMINATED]);
    expect(supplyContractLifecycle.next(ACTIVE)).toEqual([EXPIRED, TERMINATED]);
    expect(supplyContractLifecycle.isFinal(EXPIRED)).toBe(true);
    expect(supplyContractLifecycle.isFinal(TERMINATED)).toBe(true);
  });

  it('refuses illegal moves with the hints a person can act on', () => {
    expect(() => assertContractMove(contract(ACTIVE), NEGOTIATING)).toThrow(
      'Contract SC-0007 cannot go from ACTIVE to NEGOTIATING. Only terms under negotiation change.',
    );
    expect(() => assertContractMove(contract(ACTIVE), ACTIVE)).toThrow(
      'Contract SC-0007 cannot go from ACTIVE to ACTIVE. Only a contract under negotiation can be signed.',
    );
    expect(() => assertContractMove(contract(EXPIRED), TERMINATED)).toThrow(
      'Contract SC-0007 cannot go from EXPIRED to TERMINATED. It has already ended.',
    );
    expect(() => assertContractMove(contract(NEGOTIATING), TERMINATED)).not.toThrow();
  });

  it('takes call-offs only while active', () => {
    expect(() => assertTakesCallOffs(contract(ACTIVE))).not.toThrow();
    for (const status of [NEGOTIATING, EXPIRED, TERMINATED])
      expect(() => assertTakesCallOffs(contract(status))).toThrow(
        expect.objectContaining({ code: 'CONTRACT_NOT_ACTIVE' }),
      );
  });
});
