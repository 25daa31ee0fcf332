#!/bin/bash
# Runs once, when the postgres container creates its cluster: one database
# and one role per service, passwords from the environment (see docker-compose.yml).
set -euo pipefail
for s in lead account order planning notification; do
  var="PG_${s^^}_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE ${s}_svc LOGIN PASSWORD '${!var}';
CREATE DATABASE "$s" OWNER ${s}_svc;
SQL
done
