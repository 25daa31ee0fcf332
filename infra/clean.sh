#!/usr/bin/env bash
# `npm run infra:clean`: stops this clone's PostgreSQL and Kafka and removes
# their data, wherever it lives (inside the clone, or the cluster's directory
# under /var/lib/salesgraph). The next start begins from scratch.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bash "$REPO_ROOT/infra/kafka.sh" clean
bash "$REPO_ROOT/infra/postgres.sh" clean
rm -f "$INFRA_STATE/env.sh" "$INFRA_STATE/credentials.env"
echo "removed this clone's PostgreSQL and Kafka data"
