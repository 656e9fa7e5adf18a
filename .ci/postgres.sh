#!/usr/bin/env bash
# Starts a PostgreSQL server on 127.0.0.1 for the orders example's tests and prints the
# line that points the tests at it:
#   eval "$(bash .ci/postgres.sh)"     # then: go test ./examples/orders/...
# Installs PostgreSQL from Debian's packages when it is missing. Progress goes to
# stderr; stdout carries only the export line. Idempotent: a second run reuses the
# running server, role and database.
set -euo pipefail

PGPORT="${PGPORT:-5432}"
DB_USER="${ORDERS_PG_USER:-sequere}"
DB_PASS="${ORDERS_PG_PASSWORD:-sequere}"
DB_NAME="${ORDERS_PG_DB:-orders_test}"

log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
	log "installing postgresql from apt"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
	version=$(ls /usr/lib/postgresql | sort -V | tail -1)
	log "creating cluster $version main"
	pg_createcluster "$version" main --port "$PGPORT" >&2
	cluster="$version main"
fi
read -r version name <<<"$cluster"
port=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $3}')
status=$(pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}')
if [ "$status" != online ]; then
	log "starting cluster $version/$name on 127.0.0.1:$port"
	pg_ctlcluster "$version" "$name" start -- -o "-c listen_addresses=127.0.0.1" >&2 ||
		pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
	as_postgres pg_isready -q -h 127.0.0.1 -p "$port" && break
	sleep 1
done
as_postgres pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$port" "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
	log "creating role $DB_USER"
	psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
	log "creating database $DB_NAME"
	psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2
fi

echo "export ORDERS_TEST_POSTGRES_DSN=postgres://$DB_USER:$DB_PASS@127.0.0.1:$port/$DB_NAME?sslmode=disable"
