#!/bin/sh
# Demo traffic for a deployed stack: access-log lines in errorpulse's default JSON framing, stamped
# with the current time, produced with kcat to api-access-logs. About RATE requests per second over
# stores 1000-1019 and apps app-1..app-4 (2% answered 503), plus storms that errorpulse should
# catch: in minutes 1-3 of every 10, rejected tokens on store 1042 app-7; in minutes 5-7, a wall of
# 429s on store 1003 app-2. Each storm ends, so its alert also resolves.
#   deploy/traffic/play-traffic.sh [BOOTSTRAP] [RATE]      (needs kcat; POSIX sh, busybox is fine)
set -eu
BOOTSTRAP=${1:-localhost:9092}
RATE=${2:-50}

line() { # ts status store app body
  printf '{"ts":"%s","status":%s,"store_id":"%s","app_id":"%s","response_body":%s}\n' "$1" "$2" "$3" "$4" "$5"
}

second() {
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  minute=$(( $(date -u +%M | sed 's/^0//') % 10 ))
  i=0
  while [ "$i" -lt "$RATE" ]; do
    if [ $((i % 50)) -eq 49 ]; then
      line "$now" 503 $((1000 + i % 20)) "app-$((i % 4 + 1))" '{"error":{"code":"UPSTREAM_UNAVAILABLE","message":"upstream timed out"}}'
    else
      line "$now" 200 $((1000 + i % 20)) "app-$((i % 4 + 1))" '{"ok":true}'
    fi
    i=$((i + 1))
  done
  line "$now" 200 1042 app-7 '{"ok":true}'
  if [ "$minute" -ge 1 ] && [ "$minute" -le 3 ]; then
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      line "$now" 401 1042 app-7 '{"error":"invalid_token","error_description":"The access token is invalid"}'
    done
  fi
  if [ "$minute" -ge 5 ] && [ "$minute" -le 7 ]; then
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      line "$now" 429 1003 app-2 '{"error":{"code":"RATE_LIMITED","message":"Too many requests"}}'
    done
  fi
}

while true; do
  second
  sleep 1
done | kcat -P -b "$BOOTSTRAP" -t api-access-logs -z lz4
