#!/usr/bin/env bash
# `npm stop`: stops a running `npm start` (and with it what it started).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOCK="$REPO_ROOT/.run/start.pid"
pid=$(cat "$LOCK" 2>/dev/null || true)
if ! pid_alive "$pid"; then echo "SalesGraph is not running."; exit 0; fi
step "Stopping npm start (pid $pid)"
kill -TERM "$pid"
wait_until 60 bash -c "! kill -0 $pid" || fail "it did not stop within 60 s" "kill it by hand: kill $pid"
ok
