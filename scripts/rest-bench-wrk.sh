#!/usr/bin/env bash
# REST latency with wrk in its own process: one JVM serves (in-process broker, two errorpulse instances,
# an hour of traffic loaded), wrk sends a one-hour range query of one store/app at a fixed rate, first
# to a store the asked instance holds (local), then to one the other instance holds (forwarded).
# Usage: scripts/rest-bench-wrk.sh [requests/s, default 1000] [seconds per case, default 30]
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-1000}"
seconds="${2:-30}"
connections=16
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install wrk)" >&2; exit 1; }
mvn -B -q -o -pl topology -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/rest-bench.classpath >/dev/null
out="$(mktemp)"
java -Xms512m -Xmx1g -Dlog4j2.configurationFile=log4j2-test.xml \
  -cp "topology/target/test-classes:topology/target/classes:$(cat topology/target/rest-bench.classpath)" \
  io.errorpulse.rest.bench.RestLatencyBench serve >"$out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$out" "$out.lua"' EXIT
until grep -q '^key: ' "$out"; do
  kill -0 $server 2>/dev/null || { cat "$out" >&2; exit 1; }
  sleep 1
done
key="$(sed -n 's/^key: //p' "$out")"
# each connection waits between requests so that all of them together send about $rate requests/s:
# connections/rate seconds less the time the rest of a request's cycle takes, found by two short
# calibration runs of each case (from the rate each achieved with the delay it had)
delay_ms=0
pace() { # $1: the delay in ms
  delay_ms="$1"
  cat >"$out.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $key"
function delay() return $1 end
LUA
}
recalibrate() { # from wrk's output of a run with the current delay
  local achieved
  achieved="$(awk '/^Requests\/sec/ { print $2 }')"
  pace "$(awk -v c=$connections -v r=$rate -v a="$achieved" -v d="$delay_ms" \
    'BEGIN { cycle = 1000 * c / a - d; x = 1000 * c / r - cycle; print (x > 0 ? x : 0) }')"
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for case in local forwarded; do
  url="$(sed -n "s/^$case: //p" "$out")"
  pace "$((1000 * connections / rate))"
  wrk -t 2 -c $connections -d 10s -s "$out.lua" "$url" >/dev/null # warm-up: JIT, connections, caches
  for round in 1 2; do
    recalibrate < <(wrk -t 2 -c $connections -d 5s -s "$out.lua" "$url")
  done
  echo "== $case, ~$rate requests/s for $seconds s ($connections connections, $delay_ms ms between requests)"
  wrk -t 2 -c $connections -d "${seconds}s" --latency -s "$out.lua" "$url" | sed -n '/Latency Distribution/,/Requests\/sec/p'
done
