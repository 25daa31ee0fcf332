#!/usr/bin/env bash
# Stops the PostgreSQL and Kafka that infra/up.sh started; data stays in .infra/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bash "$REPO_ROOT/infra/kafka.sh" stop
bash "$REPO_ROOT/infra/postgres.sh" stop
