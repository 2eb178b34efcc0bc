#!/usr/bin/env bash
# Measures how fast the running site serves pages: requests per second and latency percentiles for a
# guide, a hub, the home page and the sitemap, each with and without gzip, over loopback.
# Usage: bench/page-throughput.sh [SECONDS]   (needs wrk: apt-get install wrk; a built jar:
# mvn -q -DskipTests package). The run is bounded in time and only ever targets 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
jar=target/career-guide.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
java -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --site.watch=false > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/" && break; sleep 0.5; done

echo "warm-up: 5 s on every measured page"
for path in /ai/careers/mlops-engineer /ai/careers / /sitemap.xml; do
  wrk -t2 -c16 -d2s "$base$path" > /dev/null
done
printf '%-28s %-8s %12s %10s %10s %10s\n' page encoding requests/s p50 p90 p99
for path in /ai/careers/mlops-engineer /ai/careers / /sitemap.xml; do
  for encoding in identity gzip; do
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Accept-Encoding: $encoding" "$base$path")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p90=$(echo "$out" | awk '$1=="90%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $4}')
    printf '%-28s %-8s %12s %10s %10s %10s %s\n' "$path" "$encoding" "$rps" "$p50" "$p90" "$p99" "${errors:+non-2xx: $errors}"
  done
done
rss=$(ps -o rss= -p "$server" | awk '{printf "%d MiB", $1/1024}')
echo "server resident memory after the run: $rss (heap capped at 512 MiB)"
