#!/bin/sh
# Formats the KRaft storage on first start, then runs the broker in the foreground.
# Usage: start-kafka.sh [server.properties] [--override key=value ...]
# Needs KAFKA_HOME (default /opt/kafka, as in the apache/kafka image); run from the repository root
# so that the relative log.dirs lands in ./data.
set -eu
KAFKA_HOME=${KAFKA_HOME:-/opt/kafka}
CONFIG=${1:-deploy/kafka/server.properties}
[ $# -gt 0 ] && shift
# Any 16 bytes, base64url without padding; fixed so that restarts find their own data.
CLUSTER_ID=${KAFKA_CLUSTER_ID:-ZXJyb3JwdWxzZS1rYWZrYQ}
"$KAFKA_HOME/bin/kafka-storage.sh" format --ignore-formatted --standalone -t "$CLUSTER_ID" -c "$CONFIG"
exec "$KAFKA_HOME/bin/kafka-server-start.sh" "$CONFIG" "$@"
