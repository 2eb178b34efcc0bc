#!/usr/bin/env bash
# Measures how long a saved change to a guide takes to appear on the running site (live reload).
# Usage: bench/reload-latency.sh [ROUNDS]   (needs a built jar: mvn -q -DskipTests package)
# Prints each round's latency, then the median and the 90th percentile, in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
jar=target/career-guide.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }

work=$(mktemp -d)
cp -r content "$work/content"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --site.content-dir="$work/content" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT

url="http://127.0.0.1:$port/cyber/careers/soc-analyst"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$url" && break; sleep 0.5; done
file="$work/content/roles/cyber/soc-analyst.md"
latencies=()
for round in $(seq 1 "$rounds"); do
  marker="SOC Analyst r$round"
  start=$(date +%s%N)
  sed -i "s/^title: .*/title: $marker/" "$file"
  until curl -fs "$url" | grep -q "<h1><span>$marker</span>"; do sleep 0.01; done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  latencies+=("$ms")
  echo "round $round: ${ms} ms"
  sleep 0.3
done
printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {
  median = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
  p90 = a[int(NR*0.9 + 0.999)];
  printf "reload latency over %d saves: median %d ms, p90 %d ms, max %d ms (target: visible within 1000 ms)\n", NR, median, p90, a[NR] }'
