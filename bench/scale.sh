#!/usr/bin/env bash
# Measures how the site copes with a large catalogue: N synthetic guides (default 10,000) are
# generated from the real ones in content/, then it reports, each next to its goal:
#   - `validate` on them: wall time and peak resident memory          (goal <= 3 s, <= 512 MiB)
#   - site start: process start to the first HTTP 200 on /            (goal <= 6 s)
#   - content load time the server logs ("Loaded N roles ... in X ms") (goal <= 2 s)
#   - live heap after a full GC, once home, a hub and a few hundred guides were served (goal <= 256 MiB)
#   - bytes of home, the first hub (/ai/careers) and one guide, uncompressed (goals: home <= 100 KB,
#     hub <= 150 KB; KB = 1,000 bytes)
# and ends with a table: what, measured, goal, PASS/FAIL.
#
# How the guides are made: round k copies every real guide of content/roles as <slug>-<k> with the
# title "<title> <k>", points its bridge at <target>-<k> (so every bridge pair of the real content
# stays a returned pair inside each round), drops `aliases:` (they would collide) and points inline
# Markdown links to a guide (`](/ai/careers/x)`) at the same round's copy. site.yml and verticals/
# are copied as they are (guide links in a vertical body point at round 1). When N is not a multiple
# of the number of real guides, the last round is partial: it takes whole bridge groups (pairs) while
# they fit; if guides are still missing (an odd N with only pairs), the remaining ones are copied
# with their bridge pointing at their partner's copy in the previous round (or, in round 1, at another
# copied guide in a different vertical): each of those gets one "bridge is not returned" warning and
# never an error. A link to a guide that is not copied in the same round is replaced by its text.
#
# Usage: bench/scale.sh [N]   (N >= 2; needs a built jar: mvn -q -DskipTests package; python3, curl,
# jcmd (from the JDK) and GNU time at /usr/bin/time: apt-get install -y time). Only ever targets
# 127.0.0.1; every step has a time limit; the server and the temporary folder are removed on exit.
# Exits 0 whatever the figures are, 1 when something broke (validate found errors, the server did not
# start or a page did not answer 200), 2 when a prerequisite is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
jar=target/career-guide.jar
[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 2 ] || { echo "usage: bench/scale.sh [N]  (N a whole number >= 2)" >&2; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time for peak memory: apt-get install -y time" >&2; exit 2; }
for tool in python3 curl jcmd timeout; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/scale-bench.XXXXXX")
server=
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
now_ms() { date +%s%3N; }
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "$(nproc) CPUs, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure)"
# ---------------------------------------------------------------------------------------------
echo "generating $n guides in $tmp/content from content/"
start=$(now_ms)
python3 - content "$tmp/content" "$n" "$tmp/warm-urls.txt" <<'PY'
import os, re, shutil, sys

src, dst, n, warm_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def skipped(name):
    return name.startswith(('.', '#')) or name.endswith('~') or not name.endswith('.md')

def read(path):
    with open(path, encoding='utf-8-sig') as f:
        return f.read().replace('\r\n', '\n')

def split(text, path):
    lines = text.split('\n')
    if not lines or lines[0].rstrip() != '---':
        sys.exit(f'{path}: no front matter')
    for i in range(1, len(lines)):
        if lines[i].rstrip() == '---':
            return lines[1:i], lines[i + 1:]
    sys.exit(f'{path}: front matter is not closed')

# The real guides, in a stable order: (vertical, slug, front matter lines, body lines).
guides = []
roles_dir = os.path.join(src, 'roles')
for vertical in sorted(os.listdir(roles_dir)):
    vdir = os.path.join(roles_dir, vertical)
    if not os.path.isdir(vdir):
        continue
    for name in sorted(os.listdir(vdir)):
        if skipped(name):
            continue
        path = os.path.join(vdir, name)
        front, body = split(read(path), path)
        guides.append((vertical, name[:-3], front, body))
if not guides:
    sys.exit('no guides in content/roles')
vertical_of = {slug: v for v, slug, _, _ in guides}

BRIDGE_ROLE = re.compile(r'^(\s+role:\s*)(["\']?)([a-z0-9-]+)\2(\s*(#.*)?)$')

def bridge_line(front, path):
    """Index of the `role:` line inside the top-level `bridge:` mapping."""
    for i, line in enumerate(front):
        if re.match(r'^bridge:\s*$', line):
            for j in range(i + 1, len(front)):
                if front[j] and not front[j][0].isspace():
                    break
                if BRIDGE_ROLE.match(front[j]):
                    return j
    sys.exit(f'{path}: no block-style bridge.role found')

bridge_of = {}
for v, slug, front, _ in guides:
    target = BRIDGE_ROLE.match(front[bridge_line(front, slug)]).group(3)
    if target not in vertical_of:
        sys.exit(f'{v}/{slug}: bridge.role {target!r} is not a guide in content/roles; fix the content first')
    bridge_of[slug] = target

# Bridge groups (connected through bridges; pairs in practice), in order of first guide.
parent = {s: s for s in vertical_of}
def find(s):
    while parent[s] != s:
        parent[s] = parent[parent[s]]
        s = parent[s]
    return s
for s, t in bridge_of.items():
    parent[find(s)] = find(t)
groups, index = [], {}
for _, slug, _, _ in guides:
    root = find(slug)
    if root not in index:
        index[root] = len(groups)
        groups.append([])
    groups[index[root]].append(slug)

per_round = len(guides)
full_rounds, rest = divmod(n, per_round)
rounds = [(k, list(vertical_of)) for k in range(1, full_rounds + 1)]
one_way = {}  # slug -> bridge target name, for padding guides of a partial round
if rest:
    k = full_rounds + 1
    chosen, left = [], rest
    for g in groups:
        if len(g) <= left:
            chosen += g
            left -= len(g)
    if left:
        spare = [s for g in groups for s in g if s not in chosen][:left]
        for s in spare:
            chosen.append(s)
        for s in spare:
            if bridge_of[s] in chosen:
                continue
            if k > 1:
                one_way[s] = f'{bridge_of[s]}-{k - 1}'
            else:
                other = next((c for c in chosen if vertical_of[c] != vertical_of[s]), None)
                if other is None:
                    sys.exit(f'N={n} is too small: no other vertical to bridge {s} to')
                one_way[s] = f'{other}-{k}'
    rounds.append((k, chosen))

LINK = re.compile(r'\[([^\]\n]*)\]\(/([a-z0-9-]+)/careers/([a-z0-9-]+)((?:[#?][^)\s]*)?)\)')

def relink(text, k, included):
    def repl(m):
        label, v, slug, tail = m.groups()
        if vertical_of.get(slug) != v:
            return m.group(0)          # not a guide link (a hub, or already broken in the source)
        if slug in included:
            return f'[{label}](/{v}/careers/{slug}-{k}{tail})'
        return label                   # that guide has no copy in this round: keep the text only
    return LINK.sub(repl, text)

def retitle(line, k):
    m = re.match(r'^title:\s*(.*?)\s*$', line)
    value = m.group(1)
    if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
        return f'title: {value[:-1]} {k}{value[0]}'
    if not value or value[0] in '>|':
        sys.exit('a title written as a block scalar is not supported')
    return f'title: {value} {k}'

def drop_aliases(front):
    out, skipping = [], False
    for line in front:
        if re.match(r'^aliases:', line):
            skipping = True
            continue
        if skipping and (not line or line[0].isspace() or line.startswith('-')):
            continue
        skipping = False
        out.append(line)
    return out

os.makedirs(dst)
shutil.copy(os.path.join(src, 'site.yml'), os.path.join(dst, 'site.yml'))
os.makedirs(os.path.join(dst, 'verticals'))
first_round = set(rounds[0][1])
for name in sorted(os.listdir(os.path.join(src, 'verticals'))):
    if skipped(name):
        continue
    text = read(os.path.join(src, 'verticals', name))
    with open(os.path.join(dst, 'verticals', name), 'w', encoding='utf-8') as f:
        f.write(relink(text, 1, first_round))
    os.makedirs(os.path.join(dst, 'roles', name[:-3]), exist_ok=True)

by_slug = {slug: (v, front, body) for v, slug, front, body in guides}
titles, written, urls = set(), 0, []
for k, included in rounds:
    inc = set(included)
    for slug in included:
        v, front, body = by_slug[slug]
        front = list(front)
        b = bridge_line(front, slug)
        m = BRIDGE_ROLE.match(front[b])
        target = one_way.get(slug, f'{bridge_of[slug]}-{k}') if k == rounds[-1][0] else f'{bridge_of[slug]}-{k}'
        front[b] = f'{m.group(1)}{m.group(2)}{target}{m.group(2)}{m.group(4)}'
        for i, line in enumerate(front):
            if line.startswith('title:'):
                front[i] = retitle(line, k)
                if front[i] in titles:
                    sys.exit(f'duplicate title: {front[i]}')
                titles.add(front[i])
                break
        front = drop_aliases(front)
        text = '---\n' + '\n'.join(front) + '\n---\n' + '\n'.join(body)
        text = relink(text, k, inc)
        with open(os.path.join(dst, 'roles', v, f'{slug}-{k}.md'), 'w', encoding='utf-8') as f:
            f.write(text)
        written += 1
        urls.append(f'/{v}/careers/{slug}-{k}')

assert written == n, (written, n)
step = max(1, len(urls) // 300)
with open(warm_file, 'w') as f:
    f.write('\n'.join(urls[::step][:300]) + '\n')
line = f'{written} guides: {full_rounds} full round(s) of {per_round}'
if rest:
    line += f' + a partial round of {rest}'
if one_way:
    line += f'; {len(one_way)} padding guide(s) with a one-way bridge'
print(line)
PY
echo "generated in $(( $(now_ms) - start )) ms"

# ---------------------------------------------------------------------------------------------
echo
echo "validate $tmp/content"
set +e
timeout 300 /usr/bin/time -v -o "$tmp/validate.time" java -jar "$jar" validate "$tmp/content" > "$tmp/validate.out" 2>&1
validate_rc=$?
set -e
summary=$(tail -n 1 "$tmp/validate.out")
echo "  summary: $summary (exit $validate_rc)"
if [ "$validate_rc" -ne 0 ]; then
  grep -m 20 ': error: ' "$tmp/validate.out" >&2 || tail -n 20 "$tmp/validate.out" >&2
  fail "validate exited with $validate_rc on the generated content"
fi
grep -q '^0 errors' <<<"$summary" || fail "validate reported errors: $summary"
warn_kinds=$(grep ': warning: ' "$tmp/validate.out" | sed -E 's/^[^:]*:[0-9]+:[0-9]+: warning: //; s/[0-9]+/N/g; s/'"'"'[^'"'"']*'"'"'/X/g' | sort | uniq -c | sort -rn | head -5 || true)
[ -z "$warn_kinds" ] || { echo "  warnings by kind:"; echo "$warn_kinds" | sed 's/^/   /'; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/validate.time")
validate_s=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')
validate_mib=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$tmp/validate.time")
validate_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$tmp/validate.time")
echo "  wall time ${validate_s} s (CPU time ${validate_cpu} s), peak RSS ${validate_mib} MiB"

# ---------------------------------------------------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
echo
echo "starting the site on $base with $n guides (-Xmx1g)"
start=$(now_ms)
java -Xmx1g -jar "$jar" --site.content-dir="$tmp/content" --server.address=127.0.0.1 --server.port="$port" \
  --site.watch=false > "$tmp/server.log" 2>&1 &
server=$!
first_200=
deadline=$(( start + 120000 ))
while [ "$(now_ms)" -lt "$deadline" ]; do
  kill -0 "$server" 2>/dev/null || { tail -n 30 "$tmp/server.log" >&2; server=; fail "the server exited during start"; }
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/" || true)
  if [ "$code" = 200 ]; then
    first_200=$(now_ms)
    start_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$server/stat")
    break
  fi
  sleep 0.05
done
[ -n "$first_200" ] || { tail -n 30 "$tmp/server.log" >&2; fail "no HTTP 200 on / within 120 s"; }
start_s=$(awk -v ms=$(( first_200 - start )) 'BEGIN { printf "%.2f", ms / 1000 }')
loaded=$(grep -m 1 -o 'Loaded [0-9]* roles .* in [0-9]* ms' "$tmp/server.log" || true)
[ -n "$loaded" ] || fail "no 'Loaded N roles ... in X ms' line in the server log"
load_ms=$(sed -E 's/.* in ([0-9]+) ms$/\1/' <<<"$loaded")
load_s=$(awk -v ms="$load_ms" 'BEGIN { printf "%.2f", ms / 1000 }')
echo "  first 200 on / after ${start_s} s (server CPU time by then ${start_cpu} s); log: $loaded"
started=$(grep -m 1 -o 'Started .* in [0-9.]* seconds.*' "$tmp/server.log" || true)
[ -z "$started" ] || echo "  log: $started"

# ---------------------------------------------------------------------------------------------
guide=/ai/careers/mlops-engineer-1
[ -f "$tmp/content/roles/ai/mlops-engineer-1.md" ] || guide=$(head -n 1 "$tmp/warm-urls.txt")
hub=/ai/careers
bytes() { curl -s -o /dev/null --max-time 30 -w '%{http_code} %{size_download}\n' "$base$1"; }
gz_bytes() { curl -s -o /dev/null --max-time 30 -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$1"; }
read -r home_code home_bytes < <(bytes /)
read -r hub_code hub_bytes < <(bytes "$hub")
read -r guide_code guide_bytes < <(bytes "$guide")
for c in "$home_code" "$hub_code" "$guide_code"; do [ "$c" = 200 ] || fail "a page answered $c: / $home_code, $hub $hub_code, $guide $guide_code"; done
echo
echo "page sizes (uncompressed; gzip in brackets): / $home_bytes B ($(gz_bytes /) B), $hub $hub_bytes B ($(gz_bytes "$hub") B), $guide $guide_bytes B ($(gz_bytes "$guide") B)"

warm_count=$(wc -l < "$tmp/warm-urls.txt")
echo "warming: home, every hub, $warm_count guides"
for v in "$tmp"/content/verticals/*.md; do
  code=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "$base/$(basename "$v" .md)/careers")
  [ "$code" = 200 ] || fail "hub $(basename "$v" .md) answered $code"
done
sed "s|^|url = \"$base|; s|\$|\"\noutput = \"/dev/null\"|" "$tmp/warm-urls.txt" > "$tmp/warm.curl"
codes=$(curl -s --max-time 120 -K "$tmp/warm.curl" -w '%{http_code}\n' | sort | uniq -c | tr -s ' ')
[ "$(awk '$2 != 200' <<<"$codes")" = "" ] || fail "warming guides: status counts$codes"

timeout 60 jcmd "$server" GC.run > /dev/null
heap_kib=$(timeout 60 jcmd "$server" GC.heap_info | grep -m 1 -o 'used [0-9]*K' | grep -o '[0-9]*')
heap_mib=$(( heap_kib / 1024 ))
rss_mib=$(ps -o rss= -p "$server" | awk '{printf "%d", $1 / 1024}')
echo "live heap after GC.run: $heap_mib MiB (process RSS $rss_mib MiB, heap capped at 1 GiB)"

# ---------------------------------------------------------------------------------------------
verdict() { awk -v m="$1" -v g="$2" 'BEGIN { print (m + 0 <= g + 0) ? "PASS" : "FAIL" }'; }
echo
echo "scale benchmark, $n guides"
printf '%-40s %14s %14s  %s\n' what measured goal result
row() { printf '%-40s %14s %14s  %s\n' "$1" "$2 $4" "<= $3 $4" "$(verdict "$2" "$3")"; }
row "validate wall time" "$validate_s" 3 s
row "validate peak RSS" "$validate_mib" 512 MiB
row "site start to first 200 on /" "$start_s" 6 s
row "content load (server log)" "$load_s" 2 s
row "live heap after GC" "$heap_mib" 256 MiB
row "home page / (uncompressed)" "$(awk -v b="$home_bytes" 'BEGIN { printf "%.1f", b / 1000 }')" 100 KB
row "hub page $hub (uncompressed)" "$(awk -v b="$hub_bytes" 'BEGIN { printf "%.1f", b / 1000 }')" 150 KB
printf '%-40s %14s %14s  %s\n' "guide page (uncompressed)" "$(awk -v b="$guide_bytes" 'BEGIN { printf "%.1f KB", b / 1000 }')" "-" "(no goal)"
