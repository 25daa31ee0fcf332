import { BadInputError, Exact } from '@salesgraph/service-kit';

export interface PlanTargetDraft {
  productId: string;
  revenue: string;
  margin: string;
}

/** Each product once; revenue not negative; margin between 0 and the revenue (cost cannot be negative). */
export function validatePlanTargets(targets: readonly PlanTargetDraft[]): void {
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const where = `targets[${index}]`;
    const product = target.productId.toLowerCase();
    if (seen.has(product))
      throw new BadInputError(`${where}: product ${target.productId} appears twice.`);
    seen.add(product);
    const revenue = new Exact(target.revenue);
    const margin = new Exact(target.margin);
    if (revenue.isNegative()) throw new BadInputError(`${where}: revenue must not be negative.`);
    if (margin.isNegative() || margin.greaterThan(revenue))
      throw new BadInputError(
        `${where}: margin must be between 0 and the revenue (${target.revenue}), not ${target.margin}.`,
      );
  });
}
