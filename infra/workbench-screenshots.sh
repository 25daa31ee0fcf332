#!/usr/bin/env bash
# `npm run workbench:screenshots`: a screenshot of each role's home page in
# docs/workbench/<role>.png. Starts what it needs the way the browser tests
# do (PostgreSQL and Kafka if not running, then the platform on free ports
# with throwaway databases and the demo data, the built workbench, chromium)
# and stops it all again. `npm start` may keep running meanwhile.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export TURBO_TELEMETRY_DISABLED=1
cd "$REPO_ROOT"

SALESGRAPH_INSTALL_BROWSER=1 bash infra/install.sh
cleanup() {
  local status=$?
  stop_remembered >/dev/null 2>&1
  exit "$status"
}
trap cleanup EXIT
up_remembered

step "Building (incremental: what changed since the last build)"
mkdir -p reports
npm run -s build >reports/screenshots-build.log 2>&1 \
  || fail "the build failed (log: reports/screenshots-build.log)" "read the log"
ok
step "Starting the platform and taking a screenshot of each role's home page"
(cd apps/workbench && npx jiti scripts/take-screenshots.ts) || fail "the screenshots failed" "read the output above; logs in reports/browser-logs"
ok "docs/workbench/*.png"
