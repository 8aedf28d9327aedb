#!/usr/bin/env bash
# MongoDB for docker compose: a single-node replica set (so retryable writes work) with
# authentication, and one database user per service, each allowed to read and write its own
# database only. Mounted read-only into the official mongo image by docker-compose.yml.
#
#   start          the container's entrypoint: writes a fresh keyfile (a replica set with
#                  authentication needs one, even with a single member) and hands over to the image's
#                  entrypoint, which creates the root user from MONGO_INITDB_ROOT_USERNAME and
#                  MONGO_INITDB_ROOT_PASSWORD on the first start (empty data volume).
#   healthcheck    the container's health check: initiates the replica set if that has not happened
#                  yet, creates every missing service user, and succeeds once this member is the
#                  writable primary. Each step is idempotent, so it is safe on every check.
#   set-passwords  sets every service user's password to the value now in the environment
#                  (rotation; see docs/deployment.md).
set -euo pipefail

export MONGO_REPLICA_SET="${MONGO_REPLICA_SET:-rs0}"
export MONGO_REPLICA_HOST="${MONGO_REPLICA_HOST:-mongodb:27017}"
KEYFILE=/data/configdb/arsberetning-keyfile

# The service users: database (the user has the same name) and the environment variable that
# holds the user's credential. The services' connection strings in docker-compose.yml match.
SERVICE_USERS='[
  ["finance", "FINANCE_DB_PASSWORD"],
  ["hr", "HR_DB_PASSWORD"],
  ["climate", "CLIMATE_DB_PASSWORD"],
  ["services-goals", "SERVICES_GOALS_DB_PASSWORD"],
  ["key-figures", "KEY_FIGURES_DB_PASSWORD"]
]'

read -r -d '' HEALTHCHECK_JS <<'JS' || true
let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  initiated = false;
}
if (!initiated) {
  rs.initiate({
    _id: process.env.MONGO_REPLICA_SET,
    members: [{ _id: 0, host: process.env.MONGO_REPLICA_HOST }],
  });
  print('replica set initiated; waiting for this member to become primary');
  quit(1);
}
if (!db.hello().isWritablePrimary) {
  print('not the writable primary yet');
  quit(1);
}
for (const [name, variable] of SERVICE_USERS) {
  const credential = process.env[variable];
  if (!credential) {
    print(variable + ' is not set');
    quit(1);
  }
  const database = db.getSiblingDB(name);
  if (database.getUser(name) === null) {
    database.createUser({ user: name, pwd: credential, roles: [{ role: 'readWrite', db: name }] });
    print('created the database user ' + name);
  }
}
JS

read -r -d '' SET_PASSWORDS_JS <<'JS' || true
for (const [name, variable] of SERVICE_USERS) {
  const credential = process.env[variable];
  if (!credential) throw new Error(variable + ' is not set');
  db.getSiblingDB(name).updateUser(name, { pwd: credential });
  print('updated the database user ' + name);
}
JS

as_root() {
  mongosh --quiet --norc "mongodb://127.0.0.1:27017/admin?directConnection=true" \
    --username "${MONGO_INITDB_ROOT_USERNAME:?}" --password "${MONGO_INITDB_ROOT_PASSWORD:?}" \
    --authenticationDatabase admin --eval "const SERVICE_USERS = ${SERVICE_USERS}; $1"
}

start() {
  (umask 077 && head -c 756 /dev/urandom | base64 -w 0 >"$KEYFILE")
  chown mongodb:mongodb "$KEYFILE"
  chmod 400 "$KEYFILE"
  exec docker-entrypoint.sh mongod --replSet "$MONGO_REPLICA_SET" --bind_ip_all \
    --keyFile "$KEYFILE" --wiredTigerCacheSizeGB "${MONGO_CACHE_SIZE_GB:-0.25}"
}

case "${1:-}" in
  start) start ;;
  healthcheck) as_root "$HEALTHCHECK_JS" ;;
  set-passwords) as_root "$SET_PASSWORDS_JS" ;;
  *) echo "usage: $0 start|healthcheck|set-passwords" >&2; exit 2 ;;
esac
