#!/usr/bin/env bash
# Installs what is missing, and nothing that is already there:
#   - Debian packages: postgresql (server), kcat (an independent Kafka client);
#   - Apache Kafka's jars, resolved from Maven Central into .infra/kafka/libs;
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
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  command -v apt-get >/dev/null || fail "apt-get not found; cannot install ${missing[*]}" \
    "install ${missing[*]} with your package manager, then run this again"
  as_root apt-get update -qq >"$INFRA_STATE/apt.log" 2>&1 || fail "apt-get update failed (log: $INFRA_STATE/apt.log)" \
    "check the network access to the Debian mirrors"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >>"$INFRA_STATE/apt.log" 2>&1 || fail "apt-get install ${missing[*]} failed (log: $INFRA_STATE/apt.log)" \
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
  local libs="$INFRA_STATE/kafka/libs"
  local marker="$libs/.resolved-$KAFKA_VERSION"
  [ -f "$marker" ] && return 0
  step "Resolving Apache Kafka $KAFKA_VERSION from Maven Central (first run only)"
  rm -rf "$libs" && mkdir -p "$libs"
  mvn -q -B -f "$REPO_ROOT/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$libs" -Dkafka.version="$KAFKA_VERSION" >"$INFRA_STATE/maven.log" 2>&1 \
    || fail "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION (log: $INFRA_STATE/maven.log)" \
      "check access to Maven Central (repo.maven.apache.org), or set SALESGRAPH_KAFKA_BROKERS to an existing broker"
  touch "$marker"
  ok "$(ls "$libs" | wc -l) jars"
}

install_npm_packages() {
  local marker="$REPO_ROOT/node_modules/.salesgraph-lock"
  if [ -f "$marker" ] && cmp -s "$marker" "$REPO_ROOT/package-lock.json"; then return 0; fi
  step "Installing npm packages (npm ci)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund >"$INFRA_STATE/npm.log" 2>&1) \
    || fail "npm ci failed (log: $INFRA_STATE/npm.log)" "read the log; npm needs the registry and Node.js >= 20.19"
  cp "$REPO_ROOT/package-lock.json" "$marker"
  ok
}

install_debian_packages
install_kafka_jars
install_npm_packages
