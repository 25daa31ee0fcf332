#!/usr/bin/env bash
# `npm test`: on a fresh machine, installs what the tests need, starts
# PostgreSQL and Kafka, builds, lints, typechecks and runs every test: unit,
# integration (real PostgreSQL and Kafka), end-to-end (real service
# processes behind the gateway), the benchmarks at their reduced size (seconds
# each, no targets), the workbench's browser tests (chromium) and
# the fault suite at its reduced size (its own PostgreSQL and Kafka, killed and
# restarted). The last line is the totals: "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export TURBO_TELEMETRY_DISABLED=1
cd "$REPO_ROOT"

# Another clone's servers on our ports: say so before installing anything.
mapfile -t infra_ports < <(infra_port_entries)
require_free_ports "${infra_ports[@]}"
SALESGRAPH_INSTALL_COMPOSE=1 SALESGRAPH_INSTALL_BROWSER=1 bash infra/install.sh
cleanup() {
  local status=$?
  stop_remembered >/dev/null 2>&1
  exit "$status"
}
trap cleanup EXIT
up_remembered

rm -rf reports && mkdir -p reports/checks
# Runs a check, records its outcome for the repository tests and prints one line.
check() {
  local name=$1; shift
  step "$name"
  if "$@" >"reports/checks/$name.log" 2>&1; then echo 0 >"reports/checks/$name.status"; ok
  else echo $? >"reports/checks/$name.status"; printf '    FAILED (log: reports/checks/%s.log)\n' "$name"; fi
}
# The build, lint and typecheck each in one process over the whole tree: a process per
# workspace took 76 s, 79 s and 119 s on two cores, every one loading the same libraries'
# types; in a fresh clone one takes 32 s (tsc -b over the project references, then the
# workbench), 24 s (ESLint; Prettier's check is the rest of the step) and 25 s.
check build npm run -s build
check lint bash -c 'npm run -s lint && npx prettier --check . --log-level warn'
check typecheck npm run -s typecheck

# Every topic a test creates starts with this run's prefix: deleted after each
# phase, so runs on a long-lived broker do not pile up partitions (open files).
export SALESGRAPH_TEST_RUN="r$(date +%s)$$"
delete_test_topics() { node infra/delete-test-topics.cjs "t.$SALESGRAPH_TEST_RUN." >>reports/topics.log 2>&1 || true; }

step "Unit tests"
# Two workers: jest's default on two cores is one (cores less one), and a third of the unit
# tests' time is spent waiting (the clone checks start PostgreSQL and Kafka; the heap check idles).
npx jest -c jest.unit.config.js --maxWorkers=2 --json --outputFile=reports/jest-unit.json >reports/jest-unit.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-unit.json)"
step "Integration tests (PostgreSQL and Kafka)"
# Three workers on two cores: the files mostly wait (consumer groups joining, events arriving),
# jest's processes used 93 % of a core with three; 315 s with two, 230 s with three, 213 s with four.
npx jest -c jest.int.config.js --maxWorkers=3 --json --outputFile=reports/jest-integration.json >reports/jest-integration.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-integration.json)"
delete_test_topics
step "End-to-end tests (services and gateway as processes)"
npx jest -c jest.e2e.config.js --runInBand --json --outputFile=reports/jest-e2e.json >reports/jest-e2e.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-e2e.json)"
delete_test_topics
step "Benchmarks, reduced (the platform, Hive Gateway beside it, the event path; figures in BENCHMARKS.md come from npm run bench)"
npx jest -c bench/jest.bench.config.js --runInBand --json --outputFile=reports/jest-bench.json >reports/jest-bench.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-bench.json)"
delete_test_topics
step "Browser tests (the workbench in chromium, through the platform)"
npx jest -c jest.browser.config.js --runInBand --json --outputFile=reports/jest-browser.json >reports/jest-browser.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-browser.json)"
delete_test_topics

step "Fault suite, reduced size (its own PostgreSQL, Kafka and service processes; figures in reports/faults/)"
npx jest -c faults/jest.faults.config.js --runInBand --json --outputFile=reports/jest-faults.json >reports/jest-faults.log 2>&1 || true
ok "$(node infra/jest-totals.cjs reports/jest-faults.json)"

# Failures in full, then the totals as the very last line.
node infra/jest-totals.cjs --failures reports/jest-unit.json reports/jest-integration.json reports/jest-e2e.json \
  reports/jest-bench.json reports/jest-browser.json reports/jest-faults.json | tee reports/totals.log
exit "${PIPESTATUS[0]}"
