#!/usr/bin/env bash
# Compares the Java server with nginx serving the static export of the same site: requests per
# second, p50 and p99 latency and non-2xx/socket errors for a guide (/ai/careers/mlops-engineer), a
# hub (/ai/careers) and home (/), each with gzip and identity encodings, under the same wrk load
# (wrk -t2 -c64 -dSECONDS --latency), both over loopback. nginx gzips on the fly (gzip_comp_level 6,
# no gzip_static), as the Java server does. Rounds alternate java, nginx, java, nginx (ROUNDS of
# each, default 2) after a warm-up of both; the table gives each run, the median per server and
# the ratio java/nginx for req/s and p99.
# Goal: guide page with gzip: java req/s >= 0.8 x nginx's, java p99 <= 2 x nginx's p99, 0 errors.
# Before the load, it checks that both send the same bytes (identity encoding) for the guide, the
# hub and home, and that both gzip when asked.
#
# Usage: bench/vs-nginx.sh [SECONDS]   (SECONDS per run, default 10; ROUNDS=n in the environment for
# more rounds; takes about 3 x 2 x 2 x ROUNDS x SECONDS plus 40 s). Needs a built jar
# (mvn -q -DskipTests package), wrk (apt-get install wrk), nginx at /usr/sbin/nginx
# (apt-get install nginx), python3 and curl. Only ever targets 127.0.0.1; bounded in time; both
# servers and the temporary folder are removed on exit. Exits 0 whatever the figures are, 1 when
# something broke (export failed, a server did not start, a page did not answer 200), 2 when a
# prerequisite is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
rounds=${ROUNDS:-2}
jar=target/career-guide.jar
nginx_bin=/usr/sbin/nginx
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -ge 1 ] || { echo "usage: bench/vs-nginx.sh [SECONDS]" >&2; exit 2; }
[[ "$rounds" =~ ^[0-9]+$ ]] && [ "$rounds" -ge 2 ] || { echo "ROUNDS must be a whole number >= 2" >&2; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -x "$nginx_bin" ] || { echo "needs nginx at $nginx_bin: apt-get install nginx" >&2; exit 2; }
for tool in wrk python3 curl timeout; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vs-nginx.XXXXXX")
chmod 755 "$tmp"   # nginx workers run as an unprivileged user when started as root: they must read the export
server=
nginx=
stop() {  # stop <pid>: TERM, wait up to 10 s, then KILL
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 0
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  stop "$server"
  stop "$nginx"   # nginx's master stops its workers on TERM
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { echo "FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

java_port=$(free_port)
nginx_port=$(free_port)
while [ "$nginx_port" = "$java_port" ]; do nginx_port=$(free_port); done
java_base="http://127.0.0.1:$java_port"
nginx_base="http://127.0.0.1:$nginx_port"
# Both use the same base URL so that canonical links, and so the bytes, are the same.
site_url="$nginx_base"

echo "$(nproc) CPUs, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (wrk, java and nginx share them; other work on the machine skews the figures)"
echo "exporting the site to $tmp/out"
timeout 300 java -jar "$jar" export "$tmp/out" --site.base-url="$site_url" > "$tmp/export.log" 2>&1 \
  || { tail -n 20 "$tmp/export.log" >&2; fail "export failed"; }
grep -o 'Exported [0-9]* files' "$tmp/export.log" | sed 's/^/  /' || true
[ -f "$tmp/out/nginx-site.conf" ] || fail "the export has no nginx-site.conf"

mkdir -p "$tmp/nginx"
cat > "$tmp/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  gzip on;
  gzip_comp_level 6;
  gzip_vary on;
  gzip_types text/css application/xml text/xml application/atom+xml application/json text/plain;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/out;
    include $tmp/out/nginx-site.conf;
  }
}
EOF
"$nginx_bin" -t -q -c "$tmp/nginx.conf" -p "$tmp/nginx" > "$tmp/nginx-test.log" 2>&1 \
  || { cat "$tmp/nginx-test.log" >&2; fail "nginx rejected the configuration"; }
"$nginx_bin" -c "$tmp/nginx.conf" -p "$tmp/nginx" > "$tmp/nginx.out" 2>&1 &
nginx=$!

java -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port="$java_port" --site.watch=false \
  --site.base-url="$site_url" > "$tmp/server.log" 2>&1 &
server=$!

wait_for() {  # wait_for <name> <pid> <base> <log>: up to 120 s for a 200 on /
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { tail -n 20 "$4" >&2; fail "$1 exited during start"; }
    [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$3/" || true)" = 200 ] && return 0
    sleep 0.2
  done
  tail -n 20 "$4" >&2; fail "$1 gave no 200 on / within 120 s"
}
wait_for nginx "$nginx" "$nginx_base" "$tmp/nginx/error.log"
wait_for java "$server" "$java_base" "$tmp/server.log"
echo "java on $java_base (-Xmx512m), nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') on $nginx_base"

pages=(/ai/careers/mlops-engineer /ai/careers /)
echo
echo "same bytes? (identity encoding)"
for path in "${pages[@]}"; do
  jc=$(curl -s --max-time 30 -H 'Accept-Encoding: identity' -o "$tmp/java.body" -w '%{http_code}' "$java_base$path")
  nc=$(curl -s --max-time 30 -H 'Accept-Encoding: identity' -o "$tmp/nginx.body" -w '%{http_code}' "$nginx_base$path")
  [ "$jc" = 200 ] && [ "$nc" = 200 ] || fail "$path answered $jc from java, $nc from nginx"
  if cmp -s "$tmp/java.body" "$tmp/nginx.body"; then same="identical"; else same="DIFFERENT"; fi
  jz=$(curl -s -o /dev/null -D - --max-time 30 -H 'Accept-Encoding: gzip' -w '%{size_download}' "$java_base$path" | tr -d '\r' \
       | awk 'tolower($1)=="content-encoding:" {e=$2} END {print $0 " B (" (e ? e : "not compressed") ")"}')
  nz=$(curl -s -o /dev/null -D - --max-time 30 -H 'Accept-Encoding: gzip' -w '%{size_download}' "$nginx_base$path" | tr -d '\r' \
       | awk 'tolower($1)=="content-encoding:" {e=$2} END {print $0 " B (" (e ? e : "not compressed") ")"}')
  printf '  %-28s %s: java %s B, nginx %s B; with gzip: java %s, nginx %s\n' "$path" "$same" \
    "$(stat -c %s "$tmp/java.body")" "$(stat -c %s "$tmp/nginx.body")" \
    "$jz" "$nz"
done

run_wrk() {  # run_wrk <base> <path> <encoding> <seconds>: prints "rps p50_ms p99_ms errors"
  local out
  out=$(timeout $(( $4 + 30 )) wrk -t2 -c64 -d"$4s" --latency -H "Accept-Encoding: $3" "$1$2") || fail "wrk failed on $1$2"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses/ { err += $NF }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.1f %.3f %.3f %d\n", rps, p50, p99, err }' <<<"$out"
}

echo
echo "warm-up: 2 s per page and encoding on each server"
for base in "$java_base" "$nginx_base"; do
  for path in "${pages[@]}"; do
    for encoding in gzip identity; do run_wrk "$base" "$path" "$encoding" 2 > /dev/null; done
  done
done

echo
echo "load: wrk -t2 -c64 -d${seconds}s --latency, $rounds rounds per server, alternating"
printf '  %-28s %-8s %-6s %5s %10s %10s %10s %7s\n' page encoding server round req/s p50-ms p99-ms errors
: > "$tmp/results"
for path in "${pages[@]}"; do
  for encoding in gzip identity; do
    for round in $(seq 1 "$rounds"); do
      for srv in java nginx; do
        if [ "$srv" = java ]; then base=$java_base; else base=$nginx_base; fi
        read -r rps p50 p99 err < <(run_wrk "$base" "$path" "$encoding" "$seconds")
        printf '  %-28s %-8s %-6s %5s %10s %10s %10s %7s\n' "$path" "$encoding" "$srv" "$round" "$rps" "$p50" "$p99" "$err"
        echo "$path $encoding $srv $round $rps $p50 $p99 $err" >> "$tmp/results"
      done
    done
  done
done
echo "  load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)"
kill -0 "$server" 2>/dev/null || fail "the java server died during the load"
kill -0 "$nginx" 2>/dev/null || fail "nginx died during the load"

python3 - "$tmp/results" <<'PY'
import sys
from statistics import median
rows = [line.split() for line in open(sys.argv[1])]
runs = {}
for path, enc, srv, _round, rps, p50, p99, err in rows:
    runs.setdefault((path, enc, srv), []).append((float(rps), float(p50), float(p99), int(err)))
keys = []
for path, enc, *_ in rows:
    if (path, enc) not in keys:
        keys.append((path, enc))
print()
print('medians per server, ratio java/nginx')
print(f"  {'page':28} {'encoding':8} {'java req/s':>10} {'nginx req/s':>11} {'ratio':>6}   {'java p50':>8} {'nginx p50':>9}   {'java p99':>8} {'nginx p99':>9} {'ratio':>6}   errors j/n")
med = {}
for path, enc in keys:
    m = {}
    for srv in ('java', 'nginx'):
        r = runs[(path, enc, srv)]
        m[srv] = (median(x[0] for x in r), median(x[1] for x in r), median(x[2] for x in r), sum(x[3] for x in r))
    med[(path, enc)] = m
    j, n = m['java'], m['nginx']
    print(f"  {path:28} {enc:8} {j[0]:10.0f} {n[0]:11.0f} {j[0] / n[0]:6.2f}   {j[1]:8.2f} {n[1]:9.2f}   {j[2]:8.2f} {n[2]:9.2f} {j[2] / n[2]:6.2f}   {j[3]}/{n[3]}")
print('  (latencies in ms; errors = non-2xx/3xx responses + socket errors, summed over the rounds)')
j, n = med[('/ai/careers/mlops-engineer', 'gzip')]['java'], med[('/ai/careers/mlops-engineer', 'gzip')]['nginx']
rps_ratio, p99_ratio, errors = j[0] / n[0], j[2] / n[2], j[3] + n[3]
print()
print('goal: guide page with gzip')
ok = lambda b: 'PASS' if b else 'FAIL'
print(f"  req/s java/nginx   {rps_ratio:6.2f}   goal >= 0.80   {ok(rps_ratio >= 0.8)}")
print(f"  p99   java/nginx   {p99_ratio:6.2f}   goal <= 2.00   {ok(p99_ratio <= 2.0)}")
print(f"  errors             {errors:6d}   goal 0         {ok(errors == 0)}")
print(f"  overall: {ok(rps_ratio >= 0.8 and p99_ratio <= 2.0 and errors == 0)}")
PY
