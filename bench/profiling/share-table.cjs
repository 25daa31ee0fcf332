// The tables profile-summary.cjs and perf-summary.cjs print: a tally's largest entries as shares of
// its total, one line each.

/** `amount` as a percentage of `total`, padded to line up in a column (` 12.3%`). */
function shareOf(amount, total) {
  return `${((100 * amount) / total).toFixed(1).padStart(5)}%`;
}

/** The `top` largest entries of `tally` (a Map of key to amount), largest first. */
function shareTable(tally, total, top) {
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, amount]) => `  ${shareOf(amount, total)}  ${key}`)
    .join('\n');
}

module.exports = { shareOf, shareTable };
