#!/usr/bin/env bash
# Builds and starts the whole platform on this machine: an embedded PostgreSQL (port 15432) and a
# single-node KRaft Kafka broker (port 9092), data kept in ./.data, and the five services
# (ports 8081-8085) and a development token issuer (8090). See README.md for external PostgreSQL/Kafka settings.
# ./run-local.sh --processes runs each service as its own process (deploy/local/README.md).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/use-jdk21.sh
./mvnw -B -q -DskipTests install -pl deploy/local -am
exec "$JAVA_HOME/bin/java" -Daxoniq.update-checker.disabled=true -jar deploy/local/target/local-0.1.0-SNAPSHOT-exec.jar "$@"
