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
started_infra=()
bash infra/postgres.sh status >/dev/null 2>&1 || started_infra+=(postgres)
bash infra/kafka.sh status >/dev/null 2>&1 || started_infra+=(kafka)
cleanup() {
  local status=$?
  # env -u: the addresses exported by .infra/env.sh are not "servers given from outside"
  for what in "${started_infra[@]}"; do env -u SALESGRAPH_PG_ADMIN_URL -u SALESGRAPH_KAFKA_BROKERS bash "infra/$what.sh" stop >/dev/null 2>&1 || true; done
  exit "$status"
}
trap cleanup EXIT
SALESGRAPH_SKIP_INSTALL=1 bash infra/up.sh
source "$INFRA_STATE/env.sh"

step "Building (turbo, cached between runs)"
mkdir -p reports
npx turbo run build --output-logs=errors-only >reports/screenshots-build.log 2>&1 \
  || fail "the build failed (log: reports/screenshots-build.log)" "read the log"
ok
step "Starting the platform and taking a screenshot of each role's home page"
(cd apps/workbench && npx jiti scripts/take-screenshots.ts) || fail "the screenshots failed" "read the output above; logs in reports/browser-logs"
ok "docs/workbench/*.png"
