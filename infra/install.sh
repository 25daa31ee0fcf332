#!/usr/bin/env bash
# Installs what is missing, and nothing that is already there:
#   - Debian packages: postgresql (server), kcat (an independent Kafka client),
#     and for the workbench's browser tests and screenshots, chromium;
#   - Apache Kafka's jars, resolved from Maven Central once per user into
#     ~/.cache/salesgraph/kafka-<version> (SALESGRAPH_CACHE_DIR moves it);
#   - npm dependencies (npm ci) when node_modules is missing or stale.
# Skips PostgreSQL or Kafka when SALESGRAPH_PG_ADMIN_URL or
# SALESGRAPH_KAFKA_BROKERS point at servers that already exist.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_debian_packages() {
  local missing=()
  if [ -z "${SALESGRAPH_PG_ADMIN_URL:-}" ] && [ -z "$(pg_bindir)" ]; then missing+=(postgresql); fi
  command -v kcat >/dev/null || missing+=(kcat)
  command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
  if [ -z "${SALESGRAPH_KAFKA_BROKERS:-}" ]; then command -v mvn >/dev/null || missing+=(maven); fi
  # the test command validates docker-compose.yml, which needs no Docker engine
  if [ "${SALESGRAPH_INSTALL_COMPOSE:-0}" = 1 ]; then command -v docker-compose >/dev/null || missing+=(docker-compose); fi
  # the workbench's browser tests drive Debian's chromium (Playwright's own download is not used)
  if [ "${SALESGRAPH_INSTALL_BROWSER:-0}" = 1 ]; then command -v chromium >/dev/null || missing+=(chromium); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  command -v apt-get >/dev/null || fail "apt-get not found; cannot install ${missing[*]}" \
    "install ${missing[*]} with your package manager, then run this again"
  as_root apt-get update -qq >"$INFRA_STATE/apt.log" 2>&1 || fail_log "$INFRA_STATE/apt.log" "apt-get update failed (log: $INFRA_STATE/apt.log)" \
    "check the network access to the Debian mirrors"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >>"$INFRA_STATE/apt.log" 2>&1 || fail_log "$INFRA_STATE/apt.log" "apt-get install ${missing[*]} failed (log: $INFRA_STATE/apt.log)" \
    "read the log; on non-Debian systems install the packages yourself"
  # Debian starts a default cluster on 5432 after installing postgresql; we run our own.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null; then
    for cluster in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
      as_root pg_ctlcluster "${cluster%/*}" "${cluster#*/}" stop >/dev/null 2>&1 || true
    done
  fi
  ok
}

install_kafka_jars() {
  [ -n "${SALESGRAPH_KAFKA_BROKERS:-}" ] && return 0
  local marker="$KAFKA_LIBS/.resolved"
  [ -f "$marker" ] && return 0
  step "Resolving Apache Kafka $KAFKA_VERSION from Maven Central into $KAFKA_LIBS (once per user)"
  mkdir -p "$(dirname "$KAFKA_LIBS")" 2>/dev/null \
    || fail "cannot create $(dirname "$KAFKA_LIBS"): permission denied" "set SALESGRAPH_CACHE_DIR to a directory you may write"
  # Resolved beside the cache and moved in whole: a clone starting at the
  # same time never sees half a set of jars.
  local partial; partial=$(mktemp -d "$KAFKA_LIBS.partial.XXXXXX")
  mvn -q -B -f "$REPO_ROOT/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$partial" -Dkafka.version="$KAFKA_VERSION" >"$INFRA_STATE/maven.log" 2>&1 \
    || { rm -rf "$partial"; fail_log "$INFRA_STATE/maven.log" "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION" \
      "check access to Maven Central (repo.maven.apache.org), or set SALESGRAPH_KAFKA_BROKERS to an existing broker"; }
  touch "$partial/.resolved"
  chmod 755 "$partial"
  if [ -f "$marker" ]; then rm -rf "$partial"; else rm -rf "$KAFKA_LIBS"; mv "$partial" "$KAFKA_LIBS"; fi
  ok "$(ls "$KAFKA_LIBS" | wc -l) jars"
}

install_npm_packages() {
  local marker="$REPO_ROOT/node_modules/.salesgraph-lock"
  if [ -f "$marker" ] && cmp -s "$marker" "$REPO_ROOT/package-lock.json"; then return 0; fi
  step "Installing npm packages (npm ci)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund >"$INFRA_STATE/npm.log" 2>&1) \
    || fail_log "$INFRA_STATE/npm.log" "npm ci failed (log: $INFRA_STATE/npm.log)" "read the log; npm needs the registry and Node.js >= 20.19"
  cp "$REPO_ROOT/package-lock.json" "$marker"
  ok
}

install_debian_packages
install_kafka_jars
# SALESGRAPH_SKIP_NPM=1: only the servers are wanted (infra tests of a fresh clone).
[ "${SALESGRAPH_SKIP_NPM:-0}" = 1 ] || install_npm_packages
