#!/usr/bin/env bash
# `npm start`: on a fresh machine, installs what is missing, starts PostgreSQL
# and Kafka, builds, then runs the four services and the gateway with demo
# data and prints the gateway's URL. Ctrl-C stops everything it started.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_DIR="$REPO_ROOT/.run"
LOCK="$RUN_DIR/start.pid"
mkdir -p "$RUN_DIR"

if pid_alive "$(cat "$LOCK" 2>/dev/null)"; then
  echo "SalesGraph is already running (npm start, pid $(cat "$LOCK")): GraphQL at $(cat "$RUN_DIR/graphql-url" 2>/dev/null)" >&2
  echo "Stop it with Ctrl-C in its terminal, or with: npm stop" >&2
  exit 1
fi

# Every port this start needs, checked before anything starts: all that are
# taken are named at once, another clone's SalesGraph told apart from a stranger.
# SALESGRAPH_REPLICAS=N runs N instances of every service (instance i on its port + 100 * i);
# each process serves its metrics on its port + 50 (infra/stack/port-plan.cjs).
export SALESGRAPH_LEAD_PORT=$((PORT_BASE + 1)) SALESGRAPH_ACCOUNT_PORT=$((PORT_BASE + 2)) \
  SALESGRAPH_ORDER_PORT=$((PORT_BASE + 3)) SALESGRAPH_PLANNING_PORT=$((PORT_BASE + 4)) \
  SALESGRAPH_NOTIFICATION_PORT=$((PORT_BASE + 5)) \
  GATEWAY_PORT ORDER_ADMIN_PORT WORKBENCH_PORT
platform_ports=$(node "$REPO_ROOT/infra/stack/port-plan.cjs") || fail "cannot plan the ports" "set SALESGRAPH_REPLICAS to a number from 1 to 9"
mapfile -t stack_ports <<<"$platform_ports"
mapfile -t infra_ports < <(infra_port_entries)
require_free_ports "${infra_ports[@]}" "${stack_ports[@]}"
echo $$ >"$LOCK"
echo "http://127.0.0.1:$GATEWAY_PORT/graphql" >"$RUN_DIR/graphql-url"
echo "http://127.0.0.1:$WORKBENCH_PORT/" >"$RUN_DIR/workbench-url"

cleanup() {
  local status=$?
  # Finish the cleanup even if the terminal or a pipe reading our output is gone.
  trap '' PIPE HUP INT TERM
  trap - EXIT
  [ -n "${stack_pid:-}" ] && pid_alive "$stack_pid" && { kill -TERM "$stack_pid" 2>/dev/null; wait "$stack_pid" 2>/dev/null || true; }
  stop_remembered
  rm -f "$LOCK" "$RUN_DIR/graphql-url" "$RUN_DIR/workbench-url"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Remember which servers were already up: those are left running on exit.
bash "$REPO_ROOT/infra/install.sh"
up_remembered
node "$REPO_ROOT/infra/dev-secrets.mjs"

step "Building (incremental: what changed since the last build)"
(cd "$REPO_ROOT" && npm run -s build >"$RUN_DIR/build.log" 2>&1) \
  || fail "the build failed (log: $RUN_DIR/build.log)" "read the log"
ok

node "$REPO_ROOT/infra/stack/run-stack.cjs" &
stack_pid=$!
wait "$stack_pid"
