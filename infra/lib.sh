# Shared helpers for the infra scripts. Source it; do not run it.
# Every long step prints one line when it starts and one when it ends; a
# failing step says what failed and what to do about it.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFRA_STATE="${SALESGRAPH_STATE_DIR:-$REPO_ROOT/.infra}"
mkdir -p "$INFRA_STATE"

# Loopback ports of the local servers; uncommon numbers so that a system
# PostgreSQL or Kafka on the default ports is left alone.
PG_PORT="${SALESGRAPH_PG_PORT:-55432}"
KAFKA_PORT="${SALESGRAPH_KAFKA_PORT:-59092}"
KAFKA_CONTROLLER_PORT="${SALESGRAPH_KAFKA_CONTROLLER_PORT:-59093}"
KAFKA_VERSION="3.9.1"
SERVICES=(lead account order planning)

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

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}
