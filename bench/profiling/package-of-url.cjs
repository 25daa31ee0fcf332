// The package a profiled frame's code belongs to, named alike by profile-summary.cjs (V8's profiles)
// and perf-summary.cjs (perf's samples): a node_modules package, Node's own module, or our workspace
// package (`services/lead`, `gateway`). A frame without a URL is for the caller to name.
function packageOfUrl(url) {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/(packages|services|gateway|bench)\/([^/]+)?/.exec(url);
  return ours ? (ours[1] === 'gateway' ? 'gateway' : `${ours[1]}/${ours[2]}`) : url;
}

module.exports = { packageOfUrl };
