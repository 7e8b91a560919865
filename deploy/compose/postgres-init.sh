#!/usr/bin/env bash
# PostgreSQL's first start (docker-entrypoint-initdb.d): one database and role per service, from
# 10-databases.sql.template (generated: postgres-init.sql) with each ${POSTGRES_PASSWORD_…} taken from the
# environment. A password must not contain a single quote.
set -euo pipefail
sql=$(</docker-entrypoint-initdb.d/10-databases.sql.template)
for variable in $(grep -o '\${POSTGRES_PASSWORD_[A-Z_]*}' <<<"$sql" | sort -u); do
    name=${variable:2:-1}
    [[ -n ${!name:-} ]] || { echo "postgres-init: $name is not set" >&2; exit 1; }
    [[ ${!name} != *"'"* ]] || { echo "postgres-init: $name contains a single quote" >&2; exit 1; }
    sql=${sql//"$variable"/${!name}}
done
psql -v ON_ERROR_STOP=1 --username postgres <<<"$sql"
