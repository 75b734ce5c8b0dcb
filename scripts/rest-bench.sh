#!/usr/bin/env bash
# REST latency benchmark: one-hour range of one store/app, answered locally and forwarded, at a fixed
# request rate, against two errorpulse instances and an in-process broker (all in one JVM).
# Usage: scripts/rest-bench.sh [rate per second, default 1000] [seconds per case, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl topology -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/rest-bench.classpath >/dev/null
exec java -Xms512m -Xmx1g -Dlog4j2.configurationFile=log4j2-test.xml \
  -cp "topology/target/test-classes:topology/target/classes:$(cat topology/target/rest-bench.classpath)" \
  io.errorpulse.rest.bench.RestLatencyBench "$@"
