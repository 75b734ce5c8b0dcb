#!/bin/sh
# Ships an access log to errorpulse with kcat, one Kafka message per line.
#   ship-access-log.sh access.log [BOOTSTRAP]   # a whole file, then exits
#   tail -F access.log | kcat -P -b localhost:9092 -t api-access-logs   # follows a live log
set -eu
FILE=$1
BOOTSTRAP=${2:-localhost:9092}
exec kcat -P -b "$BOOTSTRAP" -t api-access-logs -z lz4 -l "$FILE"
