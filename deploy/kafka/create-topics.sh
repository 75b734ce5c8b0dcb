#!/bin/sh
# Creates errorpulse's topics if they do not exist yet (the broker does not auto-create topics).
# Usage: create-topics.sh BOOTSTRAP (e.g. localhost:9092); needs KAFKA_HOME (default /opt/kafka).
set -eu
KAFKA_HOME=${KAFKA_HOME:-/opt/kafka}
BOOTSTRAP=${1:-localhost:9092}
create() {
  "$KAFKA_HOME/bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1 ${3:+--config "$3"}
}
create api-access-logs 6
create api-access-logs-dlq 1
# Alert transitions share their fingerprint as key; compaction keeps each alert's latest state.
create error-alerts 3 cleanup.policy=compact,delete
create error-alerts-dlq 1
