#!/usr/bin/env bash
# Runs the fault-injection suite (README.md): ./resilience/run.sh [ci|full] [--complaints=N]
# Builds the modules it needs, then starts the platform in its processes mode in a fresh temporary data
# directory and prints one summary line; exits non-zero on anything lost or duplicated.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-jdk21.sh
./mvnw -B -q -DskipTests install -pl resilience -am
exec "$JAVA_HOME/bin/java" -Daxoniq.update-checker.disabled=true \
    -Dlogback.configurationFile=logback-resilience.xml \
    -cp "resilience/target/resilience-0.1.0-SNAPSHOT.jar:$(cat resilience/target/classpath.txt)" \
    org.complaintsplatform.resilience.ResilienceSuite "$@"
