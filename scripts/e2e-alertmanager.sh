#!/usr/bin/env bash
# End to end, on one Debian machine (run as root): errorpulse alerts reach Prometheus Alertmanager
# through Kafka Connect and the errorpulse alert sink plugin, firing and then resolved.
#
#   scripts/e2e-alertmanager.sh            # the demo's alerts (needs ./errorpulse demo)
#   E2E_SOURCE=records scripts/e2e-alertmanager.sh
#                                          # alert records played with kcat onto a broker started
#                                          # from deploy/kafka/server.properties (no demo needed)
#
# It installs prometheus-alertmanager and kcat with apt when missing, starts Alertmanager on
# loopback with deploy/alertmanager/alertmanager.yml, runs a standalone Connect worker (Kafka's own
# ConnectStandalone, from the connectors module's test classpath) with deploy/connect/*, the
# plugin loaded from connectors/target/connect-plugin, and shows `amtool alert query` output.
# It also ships access-log lines with the kcat and rsyslog shipper configs and reads them back.
# Everything it starts is stopped on exit; logs stay in the printed work directory.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=${E2E_SOURCE:-auto}
FIRING_TIMEOUT=${E2E_FIRING_TIMEOUT:-300}
RESOLVE_TIMEOUT=${E2E_RESOLVE_TIMEOUT:-600}
WORK=$(mktemp -d -t errorpulse-e2e.XXXXXX)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "logs: $WORK"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every 2 s until it succeeds.
wait_for() {
  local timeout=$1 what=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || fail "$what (after ${timeout}s)"
    sleep 2
  done
}

install_if_missing() {
  local binary=$1 package=$2
  if ! command -v "$binary" >/dev/null; then
    step "installing $package"
    [ "$(id -u)" = 0 ] || fail "$binary is missing; run as root or apt-get install $package"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; }
  fi
}

install_if_missing prometheus-alertmanager prometheus-alertmanager
install_if_missing kcat kcat
if [ "$SOURCE" = auto ]; then
  if [ -x ./errorpulse ] && ./errorpulse demo --help >/dev/null 2>&1; then SOURCE=demo; else SOURCE=records; fi
fi
echo "alert source: $SOURCE; work directory: $WORK"

step "building the launcher and the Connect plugin"
if [ "$SOURCE" = demo ]; then MODULES=launcher,connectors; else MODULES=connectors; fi
mvn -B -q -pl "$MODULES" -am package -DskipTests
mvn -B -q -pl connectors dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/connect.classpath" >/dev/null
CLASSPATH_FILE="$WORK/connect.classpath"

step "starting Alertmanager on loopback"
AM_PORT=$(free_port)
AM_URL="http://127.0.0.1:$AM_PORT"
prometheus-alertmanager --config.file=deploy/alertmanager/alertmanager.yml --storage.path="$WORK/alertmanager" \
  --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address= >"$WORK/alertmanager.log" 2>&1 &
PIDS+=($!)
wait_for 30 "Alertmanager ready" curl -sf "$AM_URL/-/ready"
echo "Alertmanager at $AM_URL"
amq() { amtool --alertmanager.url="$AM_URL" alert query "$@"; }

start_demo() {
  step "starting ./errorpulse demo"
  ./errorpulse demo --duration $((FIRING_TIMEOUT + RESOLVE_TIMEOUT + 300))s >"$WORK/demo.log" 2>&1 &
  PIDS+=($!)
  wait_for 180 "the demo to print its bootstrap address" grep -q '^ *bootstrap:' "$WORK/demo.log"
  BOOTSTRAP=$(grep -m1 '^ *bootstrap:' "$WORK/demo.log" | awk '{print $2}')
}

start_broker() {
  step "starting a Kafka broker from deploy/kafka/server.properties"
  local port controller
  port=$(free_port); controller=$(free_port)
  BOOTSTRAP="127.0.0.1:$port"
  mkdir -p "$WORK/kafka"
  # The shipped file, with this run's ports and data directory.
  { cat deploy/kafka/server.properties
    echo "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller"
    echo "advertised.listeners=PLAINTEXT://$BOOTSTRAP"
    echo "controller.quorum.bootstrap.servers=127.0.0.1:$controller"
    echo "log.dirs=$WORK/kafka/data"
    echo "auto.create.topics.enable=true"; } >"$WORK/kafka/server.properties"
  java -cp "$(cat "$CLASSPATH_FILE")" kafka.tools.StorageTool format --standalone -t ZXJyb3JwdWxzZS1rYWZrYQ \
    -c "$WORK/kafka/server.properties" >"$WORK/kafka/format.log" 2>&1
  java -Xmx512m -cp "$(cat "$CLASSPATH_FILE")" kafka.Kafka "$WORK/kafka/server.properties" >"$WORK/kafka.log" 2>&1 &
  PIDS+=($!)
  wait_for 60 "the broker to answer" kcat -L -b "$BOOTSTRAP" -m 5
}

if [ "$SOURCE" = demo ]; then start_demo; else start_broker; fi
echo "Kafka at $BOOTSTRAP"

step "starting Kafka Connect (standalone) with the alert sink"
CONNECT_PORT=$(free_port)
mkdir -p "$WORK/connect"
{ cat deploy/connect/worker.properties
  echo "listeners=http://127.0.0.1:$CONNECT_PORT"
  echo "offset.storage.file.filename=$WORK/connect/standalone.offsets"; } >"$WORK/connect/worker.properties"
cat >"$WORK/connect/log4j2.properties" <<'LOG'
rootLogger.level=INFO
rootLogger.appenderRef.out.ref=out
appender.out.type=Console
appender.out.name=out
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%t] %c{1} - %m%n
LOG
KAFKA_BOOTSTRAP_SERVERS=$BOOTSTRAP ALERTMANAGER_URL=$AM_URL \
  java -Xmx512m -Dlog4j2.configurationFile="$WORK/connect/log4j2.properties" -cp "$(cat "$CLASSPATH_FILE")" \
  org.apache.kafka.connect.cli.ConnectStandalone "$WORK/connect/worker.properties" \
  deploy/connect/alertmanager-sink.properties >"$WORK/connect.log" 2>&1 &
PIDS+=($!)
CONNECT_URL="http://127.0.0.1:$CONNECT_PORT"
connector_running() {
  curl -sf "$CONNECT_URL/connectors/errorpulse-alertmanager/status" | grep -q '"tasks":\[{"id":0,"state":"RUNNING"'
}
wait_for 120 "the errorpulse-alertmanager connector to run" connector_running
curl -sf "$CONNECT_URL/connector-plugins" | grep -o '"class":"io.errorpulse[^}]*}' || fail "plugin not listed"
echo

play_alerts() {
  # Alert records as docs/alert-record.md describes them, produced with kcat like the Streams app does.
  local status=$1 starts=$2 ends=$3 store
  for store in 1042 2077; do
    printf 'e2e-%s\t{"fingerprint":"e2e-%s","status":"%s","labels":{"alertname":"ErrorpulseAuthFailureSpike","alert_class":"auth_failure","store":"%s","app":"app-7","scope":"app","severity":"critical"},"annotations":{"summary":"auth_failure spike on store %s app app-7","description":"e2e","top_codes":"invalid_token=700"},"startsAt":"%s","endsAt":"%s","generatorURL":"http://127.0.0.1:8080/v1/stores/%s/apps/app-7/rates"}\n' \
      "$store" "$store" "$status" "$store" "$store" "$starts" "$ends" "$store"
  done | kcat -P -b "$BOOTSTRAP" -t error-alerts -K '\t'
}

if [ "$SOURCE" = records ]; then
  STARTS=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
  play_alerts firing "$STARTS" "$(date -u -d '+5 min' +%Y-%m-%dT%H:%M:%S.000Z)"
fi

step "waiting for errorpulse alerts to fire in Alertmanager"
firing() { amq 'alertname=~"Errorpulse.*"' | grep -q Errorpulse; }
wait_for "$FIRING_TIMEOUT" "an errorpulse alert firing in Alertmanager" firing
echo "\$ amtool alert query 'alertname=~\"Errorpulse.*\"'"
amq 'alertname=~"Errorpulse.*"' | tee "$WORK/firing.txt"
amq -o extended 'alertname=~"Errorpulse.*"' >"$WORK/firing-extended.txt"

step "waiting for them to resolve"
# Alertmanager lists only active alerts: a resolved one (endsAt in the past) leaves the list.
if [ "$SOURCE" = records ]; then
  play_alerts resolved "$STARTS" "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"
fi
resolved_in_kafka() {
  kcat -C -b "$BOOTSTRAP" -t error-alerts -o beginning -e -q | grep -q '"status":"resolved"'
}
wait_for "$RESOLVE_TIMEOUT" "a resolved alert on error-alerts" resolved_in_kafka
RESOLVED_STORE=$(kcat -C -b "$BOOTSTRAP" -t error-alerts -o beginning -e -q | grep '"status":"resolved"' \
  | head -1 | sed -E 's/.*"store":"([^"]+)".*/\1/')
echo "resolved on error-alerts: store $RESOLVED_STORE"
left() { ! amq "alertname=~\"Errorpulse.*\"" "store=\"$RESOLVED_STORE\"" | grep -q Errorpulse; }
wait_for 120 "the resolved alert of store $RESOLVED_STORE to leave Alertmanager" left
echo "\$ amtool alert query 'alertname=~\"Errorpulse.*\"'   # after resolution"
amq 'alertname=~"Errorpulse.*"' | tee "$WORK/after.txt"
echo "(store $RESOLVED_STORE is no longer listed: its resolved record reached Alertmanager)"

step "shipping access-log lines with the kcat and rsyslog shipper configs"
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
line() { printf '{"ts":"%s","status":401,"store_id":"%s","app_id":"shipper","response_body":{"error":"invalid_token"}}\n' "$NOW" "$1"; }
{ line e2e-kcat-1; line e2e-kcat-2; } >"$WORK/kcat-access.log"
connectors/shippers/kcat/ship-access-log.sh "$WORK/kcat-access.log" "$BOOTSTRAP"
topic_has() { kcat -C -b "$BOOTSTRAP" -t api-access-logs -o beginning -e -q | grep -q "\"store_id\":\"$1\""; }
wait_for 30 "the kcat lines on api-access-logs" topic_has e2e-kcat-2
echo "kcat: 2 lines produced and read back"

mkdir -p "$WORK/rsyslog"
: >"$WORK/rsyslog/access.log"
printf 'global(workDirectory="%s")\ninclude(file="%s")\n' "$WORK/rsyslog" \
  "$PWD/connectors/shippers/rsyslog/errorpulse-omkafka.conf" >"$WORK/rsyslog/rsyslog.conf"
ACCESS_LOG_FILE="$WORK/rsyslog/access.log" KAFKA_BROKERS="$BOOTSTRAP" \
  rsyslogd -n -f "$WORK/rsyslog/rsyslog.conf" -i "$WORK/rsyslog/rsyslogd.pid" >"$WORK/rsyslog.log" 2>&1 &
PIDS+=($!)
# imfile reads the file from its start (freshStartTail=off), so these lines need no head start.
{ line e2e-rsyslog-1; line e2e-rsyslog-2; } >>"$WORK/rsyslog/access.log"
wait_for 60 "the rsyslog lines on api-access-logs" topic_has e2e-rsyslog-2
kcat -C -b "$BOOTSTRAP" -t api-access-logs -o beginning -e -q | grep '"store_id":"e2e-rsyslog-2"' | head -1
echo "rsyslog omkafka: lines followed in a file, produced unchanged and read back"

step "PASSED"
