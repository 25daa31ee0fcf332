# Shared helpers for the infra scripts. Source it; do not run it.
# Every long step prints one line when it starts and one when it ends; a
# failing step says what failed and what to do about it.

set -euo pipefail

# The clone's real path (symlinks resolved): reached through a symlink or not,
# one clone has one identity, one state directory and one database cluster.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
INFRA_STATE="${SALESGRAPH_STATE_DIR:-$REPO_ROOT/.infra}"
mkdir -p "$INFRA_STATE" 2>/dev/null && [ -w "$INFRA_STATE" ] || {
  printf '\n!!  %s is not writable by %s (made by another user, or through sudo?)\n' "$INFRA_STATE" "$(id -un)" >&2
  printf '    what to do: run as the user who made it, or remove it (sudo rm -rf "%s") and run again\n' "$INFRA_STATE" >&2
  exit 1
}

# Loopback ports of the local servers; uncommon numbers so that a system
# PostgreSQL or Kafka on the default ports is left alone, and below Linux's
# ephemeral range (32768-60999): a port in it can be the local end of any
# outgoing connection (npm's downloads, a test's client), and a broker that
# starts a moment later fails to bind it (a CI run was lost to this on 59092).
PG_PORT="${SALESGRAPH_PG_PORT:-25432}"
KAFKA_PORT="${SALESGRAPH_KAFKA_PORT:-29092}"
KAFKA_CONTROLLER_PORT="${SALESGRAPH_KAFKA_CONTROLLER_PORT:-29093}"
KAFKA_VERSION="3.9.1"
SERVICES=(lead account order planning notification)
# `npm start`'s own ports: the gateway on the base, the services after it.
PORT_BASE="${SALESGRAPH_PORT_BASE:-4000}"
GATEWAY_PORT="${GATEWAY_PORT:-$PORT_BASE}"
ORDER_ADMIN_PORT="${ORDER_ADMIN_PORT:-$((PORT_BASE + 10))}"
WORKBENCH_PORT="${WORKBENCH_PORT:-$((PORT_BASE + 20))}"
# Apache Kafka's jars are the same for every clone: resolved once per user.
KAFKA_LIBS="${SALESGRAPH_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/salesgraph}/kafka-$KAFKA_VERSION"

# A short id of this clone, from its real path: names what this clone keeps
# outside itself (see postgres.sh) so that two clones never share it.
clone_id() { printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-12; }

_step_started=0
# Progress lines never abort a script: when the terminal or a pipe reading the
# output is gone (Ctrl-C on `npm start | tee`), stopping must still finish.
step() {
  _step_started=$(date +%s)
  printf '==> %s\n' "$*" 2>/dev/null || true
}
ok() {
  local took=$(( $(date +%s) - _step_started ))
  printf '    ok%s\n' "${1:+: $1}${took:+ (${took}s)}" 2>/dev/null || true
}
fail() {
  printf '\n!!  %s\n' "$1" >&2 2>/dev/null || true
  [ -n "${2:-}" ] && { printf '    what to do: %s\n' "$2" >&2 2>/dev/null || true; }
  exit 1
}
# Like fail, with the last lines of a log first: they usually hold the cause.
fail_log() {
  local log=$1; shift
  if [ -s "$log" ]; then
    printf '\n    last lines of %s:\n' "$log" >&2 2>/dev/null || true
    tail -n 8 "$log" | sed 's/^/    | /' >&2 2>/dev/null || true
  fi
  fail "$@"
}

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a command with root rights, through sudo when we are not root.
as_root() {
  if is_root; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "need root rights to run: $*" "run this step as root, or install the package yourself"
  fi
}

# Waits until a command succeeds, up to $1 seconds.
wait_until() {
  local seconds=$1; shift
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a loopback port, as precisely as we can tell: another
# clone's SalesGraph (and which clone), or some other program and its pid.
port_owner() {
  local port=$1 pid last clone=""
  pid=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  if [ -z "$pid" ]; then echo "another program"; return; fi
  local -a argv; mapfile -d '' -t argv <"/proc/$pid/cmdline" 2>/dev/null || true
  last="${argv[${#argv[@]}-1]:-}"
  case "$last" in
    */.infra/postgres/data | */.infra/kafka/server.properties) clone="${last%/.infra/*}" ;;
    */postgres/data) [ -f "${last%/postgres/data}/clone" ] && clone=$(cat "${last%/postgres/data}/clone") ;;
    */dist/*main.js) clone=$(readlink "/proc/$pid/cwd" 2>/dev/null || true); [ -f "$clone/infra/start.sh" ] || clone="" ;;
  esac
  if [ -n "$clone" ]; then echo "SalesGraph of the clone at $clone (pid $pid, $(basename "${argv[0]:-?}"))"
  else echo "pid $pid ($(basename "${argv[0]:-?}")${last:+ ... $last})"; fi
}

# Fails unless every port is free, naming who holds each taken one and how to
# choose others. Each argument is "port|what needs it|variable that moves it".
require_free_ports() {
  local entry port what variable taken=() moves=()
  for entry in "$@"; do
    IFS='|' read -r port what variable <<<"$entry"
    port_open "$port" || continue
    taken+=("port $port, which $what needs, is taken by $(port_owner "$port")")
    [[ " ${moves[*]} " == *" $variable="* ]] || moves+=("$variable=$((port + 100))")
  done
  [ ${#taken[@]} -eq 0 ] && return 0
  local message; message=$(printf '%s\n    ' "${taken[@]}")
  fail "${message%$'\n    '}" \
    "stop what holds them (for another clone: npm stop and npm run infra:down there), or give this clone other ports, for example: ${moves[*]} npm start (or npm test; README, \"Where things live, and ports\")"
}
require_free_port() { require_free_ports "$1|$2|$3"; }

# The ports of this clone's own PostgreSQL and Kafka that are not running yet
# (none when servers are given from outside), as require_free_ports entries.
infra_port_entries() {
  if [ -z "${SALESGRAPH_PG_ADMIN_URL:-}" ] && ! bash "$REPO_ROOT/infra/postgres.sh" status >/dev/null 2>&1; then
    echo "$PG_PORT|PostgreSQL|SALESGRAPH_PG_PORT"
  fi
  if [ -z "${SALESGRAPH_KAFKA_BROKERS:-}" ] && ! bash "$REPO_ROOT/infra/kafka.sh" status >/dev/null 2>&1; then
    echo "$KAFKA_PORT|Kafka|SALESGRAPH_KAFKA_PORT"
    echo "$KAFKA_CONTROLLER_PORT|Kafka's controller|SALESGRAPH_KAFKA_CONTROLLER_PORT"
  fi
}

# This clone's PostgreSQL and Kafka for one script's run: up_remembered starts
# the ones not running yet and exports their addresses; stop_remembered, in
# the script's exit trap, stops only those, and leaves running what ran before.
started_infra=()
up_remembered() {
  bash "$REPO_ROOT/infra/postgres.sh" status >/dev/null 2>&1 || started_infra+=(postgres)
  bash "$REPO_ROOT/infra/kafka.sh" status >/dev/null 2>&1 || started_infra+=(kafka)
  SALESGRAPH_SKIP_INSTALL=1 bash "$REPO_ROOT/infra/up.sh"
  source "$INFRA_STATE/env.sh"
}
stop_remembered() {
  local what
  # env -u: the addresses exported by .infra/env.sh are not "servers given from outside"
  for what in "${started_infra[@]}"; do
    env -u SALESGRAPH_PG_ADMIN_URL -u SALESGRAPH_KAFKA_BROKERS bash "$REPO_ROOT/infra/$what.sh" stop || true
  done
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}
