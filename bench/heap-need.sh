#!/usr/bin/env bash
# Measures how much heap the site needs: for each maximum heap, starts the jar over the real content,
# fetches every page of the sitemap and the site's files (plain and gzipped), then prints how many answered
# 200, the live heap after a full GC, the heap in use before it, and the process's resident memory.
# Usage: bench/heap-need.sh [XMX ...]   (default: 24m 32m 48m 64m; needs a built jar: mvn -q -DskipTests package)
# Servers bind to 127.0.0.1 on a free port and are stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/career-guide.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ $# -gt 0 ] || set -- 24m 32m 48m 64m

used_kib() { jcmd "$1" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1; }

printf '%-6s %-12s %12s %14s %10s\n' Xmx answers "live heap" "heap in use" RSS
for xmx in "$@"; do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  log=$(mktemp)
  java -Xmx"$xmx" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --site.watch=false > "$log" 2>&1 &
  server=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.5
  done
  if ! curl -fs -o /dev/null "$base/"; then
    printf '%-6s %s\n' "$xmx" "did not start: $(grep -m1 -E 'OutOfMemoryError|ERROR' "$log" || tail -n 1 "$log")"
    kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"
    continue
  fi
  paths=$(curl -fs "$base/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's#<loc>https\?://[^/]*##')
  ok=0; total=0
  for path in $paths /sitemap.xml /feed.xml /robots.txt /favicon.ico; do
    for encoding in identity gzip; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $encoding" "$base$path" || echo 000)
      total=$((total + 1)); [ "$code" = 200 ] && ok=$((ok + 1))
    done
  done
  in_use=$(used_kib "$server")
  jcmd "$server" GC.run > /dev/null
  live=$(used_kib "$server")
  rss=$(ps -o rss= -p "$server" | tr -d ' ')
  printf '%-6s %-12s %9d KiB %11d KiB %6d MiB\n' "$xmx" "$ok/$total" "$live" "$in_use" $((rss / 1024))
  kill "$server"; wait "$server" 2>/dev/null || true; rm -f "$log"
done
