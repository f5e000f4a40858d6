#!/bin/sh
# PostgreSQL's first start (docker-entrypoint-initdb.d): one role and one database per gateway, so a
# gateway can reach its own inbox only. GATEWAY_DATABASES lists the party codes (FRA ARG); the role
# and database of FRA are gateway_fra, its password GATEWAY_FRA_DB_PASSWORD. Runs once, on an empty
# data volume; a gateway added later needs the same three statements by hand.
set -eu

: "${GATEWAY_DATABASES:?GATEWAY_DATABASES lists the gateways' party codes}"

for party in ${GATEWAY_DATABASES}; do
  name="gateway_$(echo "${party}" | tr '[:upper:]' '[:lower:]')"
  variable="GATEWAY_$(echo "${party}" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="$(printenv "${variable}" || true)"
  if [ -z "${password}" ]; then
    echo "init-gateway-databases: ${variable} is not set" >&2
    exit 1
  fi
  # psql variables (:"name", :'password') quote the identifiers and the literal
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
    -v name="${name}" -v password="${password}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
