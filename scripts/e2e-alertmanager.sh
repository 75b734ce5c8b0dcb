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

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every 2 s until it succeeds; gives up
# early when a process started by start_bg has exited.
wait_for() {
  local timeout=$1 what=$2; shift 2
  local deadline=$((SECONDS + timeout)) i
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || fail "$what (after ${timeout}s)"
    for i in "${!PIDS[@]}"; do
      kill -0 "${PIDS[$i]}" 2>/dev/null || { tail -20 "${LOGS[$i]}" >&2; fail "$what: ${LOGS[$i]##*/} shows why its process exited"; }
    done
    sleep 2
  done
}

# start_bg LOG COMMAND...: runs COMMAND in the background, output to LOG, stopped on exit.
LOGS=()
start_bg() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  PIDS+=($!)
  LOGS+=("$log")
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
start_bg "$WORK/alertmanager.log" prometheus-alertmanager --config.file=deploy/alertmanager/alertmanager.yml \
  --storage.path="$WORK/alertmanager" --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address=
wait_for 30 "Alertmanager ready" curl -sf "$AM_URL/-/ready"
echo "Alertmanager at $AM_URL"
amq() { amtool --alertmanager.url="$AM_URL" alert query "$@"; }

start_demo() {
  step "starting ./errorpulse demo"
  start_bg "$WORK/demo.log" ./errorpulse demo --duration $((FIRING_TIMEOUT + RESOLVE_TIMEOUT + 300))s
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
  start_bg "$WORK/kafka.log" java -Xmx512m -cp "$(cat "$CLASSPATH_FILE")" kafka.Kafka "$WORK/kafka/server.properties"
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
start_bg "$WORK/connect.log" env KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" ALERTMANAGER_URL="$AM_URL" \
  java -Xmx512m -Dlog4j2.configurationFile="$WORK/connect/log4j2.properties" -cp "$(cat "$CLASSPATH_FILE")" \
  org.apache.kafka.connect.cli.ConnectStandalone "$WORK/connect/worker.properties" \
  deploy/connect/alertmanager-sink.properties
CONNECT_URL="http://127.0.0.1:$CONNECT_PORT"
connector_running() {
  curl -sf "$CONNECT_URL/connectors/errorpulse-alertmanager/status" | grep -c '"tasks":\[{"id":0,"state":"RUNNING"'
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
# (grep -c, not grep -q: under pipefail an early exit of grep would fail the pipeline)
firing() { amq 'alertname=~"Errorpulse.*"' | grep -c Errorpulse; }
wait_for "$FIRING_TIMEOUT" "an errorpulse alert firing in Alertmanager" firing
echo "\$ amtool alert query 'alertname=~\"Errorpulse.*\"'"
amq 'alertname=~"Errorpulse.*"' | tee "$WORK/firing.txt"
amq -o extended 'alertname=~"Errorpulse.*"' >"$WORK/firing-extended.txt"

step "waiting for them to resolve"
amq -o json 'alertname=~"Errorpulse.*"' >"$WORK/firing.json"
if [ "$SOURCE" = records ]; then
  play_alerts resolved "$STARTS" "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"
fi
# Alertmanager identifies an alert by its whole label set and lists only active alerts: a resolved
# record resolves the alert that fired only if it carries exactly the same labels. This finds the
# first resolved record on error-alerts whose labels fired in Alertmanager, prints them as amtool
# matchers plus that alert's endsAt, and reports resolved records whose labels drifted.
MATCH_PY=$(cat <<'PY'
import json, sys
fired = {json.dumps(a["labels"], sort_keys=True): a["endsAt"] for a in json.load(open(sys.argv[1]))}
identity = lambda labels: tuple(labels.get(k) for k in ("alertname", "alert_class", "store", "scope", "app"))
fired_ids = {identity(json.loads(k)) for k in fired}
found, drifted = None, set()
for line in sys.stdin.read().splitlines():
    record = json.loads(line)
    if record.get("status") != "resolved":
        continue
    key = json.dumps(record["labels"], sort_keys=True)
    if key in fired and found is None:
        found = (record["labels"], fired[key])
    elif key not in fired and identity(record["labels"]) in fired_ids:
        drifted.add(key)
for key in sorted(drifted):
    print("WARNING: resolved with labels that differ from the firing alert's:", key, file=sys.stderr)
if found is None:
    sys.exit(1)
print(" ".join('%s=%s' % (k, json.dumps(v)) for k, v in sorted(found[0].items())), found[1])
PY
)
resolved_of_fired() {
  kcat -C -b "$BOOTSTRAP" -t error-alerts -o beginning -e -q \
    | python3 -c "$MATCH_PY" "$WORK/firing.json" >"$WORK/resolved.txt" 2>"$WORK/label-drift.txt"
}
wait_for "$RESOLVE_TIMEOUT" "a resolved record for an alert that fired in Alertmanager" resolved_of_fired
sort -u "$WORK/label-drift.txt" >&2
read -ra MATCHERS <<<"$(cat "$WORK/resolved.txt")"
ENDS_AT=${MATCHERS[-1]}
unset 'MATCHERS[-1]'
echo "resolved on error-alerts: ${MATCHERS[*]}"
left() { ! amq "${MATCHERS[@]}" | grep -c Errorpulse; }
wait_for 60 "the resolved alert to leave Alertmanager's active alerts" left
# Gone before its endsAt: resolved by the record, not expired for want of a re-send.
[ "$(date -u +%s)" -lt "$(date -u -d "$ENDS_AT" +%s)" ] || fail "the alert expired (endsAt $ENDS_AT) instead of resolving"
echo "\$ amtool alert query ${MATCHERS[*]}"
amq "${MATCHERS[@]}"
echo "(no longer active at $(date -u +%H:%M:%S), before its endsAt $ENDS_AT: resolved through the sink)"
echo "\$ amtool alert query 'alertname=~\"Errorpulse.*\"'"
amq 'alertname=~"Errorpulse.*"' | tee "$WORK/after.txt"

step "shipping access-log lines with the kcat and rsyslog shipper configs"
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
SHIP_START_MS=$(($(date +%s) * 1000 - 1000))
line() { printf '{"ts":"%s","status":401,"store_id":"%s","app_id":"shipper","response_body":{"error":"invalid_token"}}\n' "$NOW" "$1"; }
{ line e2e-kcat-1; line e2e-kcat-2; } >"$WORK/kcat-access.log"
connectors/shippers/kcat/ship-access-log.sh "$WORK/kcat-access.log" "$BOOTSTRAP"
# Reads only what was produced since the shipping started (-o s@timestamp).
topic_has() { kcat -C -b "$BOOTSTRAP" -t api-access-logs -o "s@$SHIP_START_MS" -e -q | grep -c "\"store_id\":\"$1\""; }
wait_for 30 "the kcat lines on api-access-logs" topic_has e2e-kcat-2
echo "kcat: 2 lines produced and read back"

mkdir -p "$WORK/rsyslog"
: >"$WORK/rsyslog/access.log"
printf 'global(workDirectory="%s")\ninclude(file="%s")\n' "$WORK/rsyslog" \
  "$PWD/connectors/shippers/rsyslog/errorpulse-omkafka.conf" >"$WORK/rsyslog/rsyslog.conf"
start_bg "$WORK/rsyslog.log" env ACCESS_LOG_FILE="$WORK/rsyslog/access.log" KAFKA_BROKERS="$BOOTSTRAP" \
  rsyslogd -n -f "$WORK/rsyslog/rsyslog.conf" -i "$WORK/rsyslog/rsyslogd.pid"
# imfile reads the file from its start (freshStartTail=off), so these lines need no head start.
{ line e2e-rsyslog-1; line e2e-rsyslog-2; } >>"$WORK/rsyslog/access.log"
wait_for 60 "the rsyslog lines on api-access-logs" topic_has e2e-rsyslog-2
kcat -C -b "$BOOTSTRAP" -t api-access-logs -o "s@$SHIP_START_MS" -e -q | grep '"store_id":"e2e-rsyslog-2"' 
echo "rsyslog omkafka: lines followed in a file, produced unchanged and read back"

step "PASSED"
