/**
 * Money in the order tables is numeric(16,2), unit prices numeric(14,4)
 * (migration 1764300000001). Their entities declare a plain numeric and leave
 * the precision to the migration: `Stored.money({ column: precisionAsMigrated })`
 * keeps them so, instead of Stored.money's own numeric(21,6).
 */
export const precisionAsMigrated = { precision: undefined, scale: undefined };
