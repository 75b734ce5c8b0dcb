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
# each connection waits about connections/rate seconds between requests (less the ~1 ms a request
# takes): about $rate requests/s in all
cat >"$out.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $key"
function delay() return math.max(0, 1000 * $connections / $rate - 1) end
LUA
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for case in local forwarded; do
  url="$(sed -n "s/^$case: //p" "$out")"
  wrk -t 2 -c $connections -d 10s -s "$out.lua" "$url" >/dev/null # warm-up: JIT, connections, caches
  echo "== $case, ~$rate requests/s for $seconds s ($connections connections)"
  wrk -t 2 -c $connections -d "${seconds}s" --latency -s "$out.lua" "$url" | sed -n '/Latency Distribution/,/Requests\/sec/p'
done
