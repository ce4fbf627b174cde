#!/usr/bin/env bash
# Runs once, when the PostgreSQL container starts on an empty data volume (docker-entrypoint-initdb.d).
# One database per service, each owned by its own login role with its own password (STYLE R7), and
# closed to everyone else: a service can neither connect to nor read another service's database.
# Passwords come from the environment (deploy/compose/.env). Also usable by hand against any server:
#   PGHOST=… PGUSER=postgres INTAKE_DB_PASSWORD=… … ./init-databases.sh
set -euo pipefail

create_database() {
    local name=$1 password=$2
    if [ -z "$password" ]; then
        echo "init-databases: no password for database '$name'" >&2
        exit 1
    fi
    # psql variables (:'x' quotes a literal, :"x" an identifier), so no password is spliced into SQL text.
    psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-${PGUSER:-postgres}}" --dbname postgres \
         -v name="$name" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'name') \gexec
SQL
    echo "init-databases: database '$name' owned by role '$name'"
}

create_database intake       "${INTAKE_DB_PASSWORD:-}"
create_database workflow     "${WORKFLOW_DB_PASSWORD:-}"
create_database deadline     "${DEADLINE_DB_PASSWORD:-}"
create_database notification "${NOTIFICATION_DB_PASSWORD:-}"
create_database reporting    "${REPORTING_DB_PASSWORD:-}"
