/**
 * What a quantity, a price and a discount may look like, wherever they come
 * from: the API's inputs validate against these, and so do the lines of a
 * won opportunity before they become a draft.
 */

/** Up to 9 digits and 3 decimals, and more than zero. */
export const quantityPattern = /^(?=.*[1-9])\d{1,9}(\.\d{1,3})?$/;
/** Prices may have fractions of a cent (4 decimals); they are never negative. */
export const unitPricePattern = /^\d{1,10}(\.\d{1,4})?$/;
/** 0 to 100, at most 2 decimals. */
export const discountPattern = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;
