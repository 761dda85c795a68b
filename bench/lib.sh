# Shared helpers for the bench scripts (sourced, not run). Everything here talks only to
# 127.0.0.1: the app, MariaDB and the SMTP sink all run on this machine.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
OUT_DIR="${BENCH_OUT_DIR:-$BENCH_DIR/out}"
DB_HOST=127.0.0.1
DB_PORT="${BENCH_DB_PORT:-3306}"
# BENCH_DB: mariadb (the default) or h2, the embedded default: the jar's own H2 URL (from the
# application.yml inside it) with its files under $OUT_DIR/h2/<database name> instead of ./data
on_h2() { [[ "${BENCH_DB:-mariadb}" == h2 ]]; }
CLK_TCK="$(getconf CLK_TCK)"
mkdir -p "$OUT_DIR"

# PIDs this run started; stopped on exit, one by one, by their id.
STARTED_PIDS=()
cleanup() {
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null; fi
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -uroot --batch --skip-column-names "$@"; }
now_ms() { date +%s%3N; }

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
  fi
}

# Builds the jar when it is missing or older than any source, route or pom change.
ensure_jar() {
  local jar="${BENCH_JAR:-}" # a jar kept from another commit (before/after)
  [[ -n "$jar" ]] || jar="$(ls "$REPO_DIR"/target/leadwire-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [[ -z "${BENCH_JAR:-}" ]] && { [[ -z "$jar" ]] || [[ -n "$(find "$REPO_DIR/src/main/java" "$REPO_DIR/src/main/resources" "$REPO_DIR/routes" "$REPO_DIR/pom.xml" -newer "$jar" -type f -print -quit)" ]]; }; then
    log "building the jar (./mvnw -B -q -DskipTests package)"
    (cd "$REPO_DIR" && ./mvnw -B -q -DskipTests package) >&2
    jar="$(ls "$REPO_DIR"/target/leadwire-*.jar | grep -v original | head -1)"
  fi
  APP_JAR="$jar"
  # the baseline and the board reads use the app's own MariaDB driver, taken out of its jar
  local driver
  driver="$(unzip -Z1 "$APP_JAR" 'BOOT-INF/lib/mariadb-java-client-*.jar' | head -1)"
  unzip -o -q -j "$APP_JAR" "$driver" -d "$OUT_DIR/lib"
  MARIADB_JAR="$OUT_DIR/lib/$(basename "$driver")"
  # the H2 checks too (H2Sql.java), with the H2 the jar embeds
  driver="$(unzip -Z1 "$APP_JAR" 'BOOT-INF/lib/h2-*.jar' | head -1)"
  unzip -o -q -j "$APP_JAR" "$driver" -d "$OUT_DIR/lib"
  H2_JAR="$OUT_DIR/lib/$(basename "$driver")"
}

# compiled_tool NAME -> a classpath holding bench/NAME.java compiled once (not at every launch: the
# generator shares the two cores with what it measures)
compiled_tool() {
  local classes="$OUT_DIR/classes"
  if [[ ! -f "$classes/$1.class" || "$BENCH_DIR/$1.java" -nt "$classes/$1.class" ]]; then
    mkdir -p "$classes" && javac -nowarn -d "$classes" "$BENCH_DIR/$1.java" >&2
  fi
  echo "$classes"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# free_port [FROM] -> the first free port from FROM (BENCH_PORT_FROM, 8171) to BENCH_PORT_TO (8199)
free_port() {
  local port from="${1:-${BENCH_PORT_FROM:-8171}}" to="${BENCH_PORT_TO:-8199}"
  for port in $(seq "$from" "$to"); do
    if port_free "$port"; then echo "$port"; return; fi
  done
  echo "no free port in $from..$to" >&2; return 1
}

random_secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

reset_db() {
  if on_h2; then rm -rf "${OUT_DIR:?}/h2/$1"; return; fi
  sql -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\`"
}

# h2_url DB -> the embedded default URL of $APP_JAR (its application.yml: the settings it ships,
# so a before and an after jar each run on their own), with the files in $OUT_DIR/h2/DB
h2_url() {
  local url
  url="$(unzip -p "$APP_JAR" BOOT-INF/classes/application.yml | sed -n 's/^ *url: *\(jdbc:h2:file:\.\/data\/[^ ]*\).*/\1/p' | head -1)"
  [[ -n "$url" ]] || { log "no jdbc:h2:file:./data/ URL in the application.yml of $APP_JAR"; return 1; }
  echo "jdbc:h2:file:$OUT_DIR/h2/$1/${url#jdbc:h2:file:./data/}"
}

# h2_sql DB [--load TABLE=FILE]... SQL... -> the rows, tab-separated (bench/H2Sql.java); only while no app has DB open
h2_sql() {
  local db="$1"; shift
  java -cp "$(compiled_tool H2Sql):$H2_JAR" H2Sql "$(h2_url "$db")" "$@"
}

# start_app NAME DB PORT [extra env assignments...] -> sets APP_PID_<NAME>; log in $OUT_DIR/NAME.log.
# DB is a MariaDB database, or on H2 the folder under $OUT_DIR/h2 (BENCH_DB).
start_app() {
  local name="$1" db="$2" port="$3"; shift 3
  local database=(SPRING_PROFILES_ACTIVE=mariadb LEADWIRE_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$db?createDatabaseIfNotExist=true"
    LEADWIRE_DB_USER=root LEADWIRE_DB_PASSWORD=)
  if on_h2; then database=(SPRING_DATASOURCE_URL="$(h2_url "$db")"); fi
  (cd "$REPO_DIR" && exec env "${database[@]}" \
      LEADWIRE_API_KEY="$API_KEY" LEADWIRE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      LEADWIRE_PUBLIC_URL="http://127.0.0.1:$port" LEADWIRE_FORMS_RATELIMIT_PERMINUTE=100000 "$@" \
      java ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" --server.port="$port") >>"$OUT_DIR/$name.log" 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  printf -v "APP_PID_$name" '%s' "$pid"
}

# wait_ready PORT PID TIMEOUT_S: readiness UP (routes started, DB reachable)
wait_ready() {
  local port="$1" pid="$2" deadline=$(( $(date +%s) + ${3:-180} ))
  while (( $(date +%s) < deadline )); do
    kill -0 "$pid" 2>/dev/null || { log "app $pid died during start"; return 1; }
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    sleep 0.1
  done
  log "app on $port not ready in time"; return 1
}

deal_body() { # deal_body EMAIL NAME
  printf '{"source":"leads-autocloud","contact":{"email":"%s","name":"%s"},"deal":{"products":["autocloud"]}}' "$1" "$2"
}

# post_deal PORT EMAIL -> prints the HTTP status
post_deal() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/api/v1/deals" \
    -H 'Content-Type: application/json' -H "X-Api-Key: $API_KEY" --data "$(deal_body "$2" "Probe")"
}

# wait_first_accept PORT PID: first POST answered 2xx
wait_first_accept() {
  local port="$1" pid="$2" deadline=$(( $(date +%s) + 180 )) status
  while (( $(date +%s) < deadline )); do
    kill -0 "$pid" 2>/dev/null || return 1
    status="$(post_deal "$port" "probe-$(date +%s%N)@bench.example" || true)"
    [[ "$status" == 2* ]] && return 0
    sleep 0.05
  done
  return 1
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
write_bytes() { awk '/^write_bytes/ {print $2}' "/proc/$1/io"; } # what a process wrote to files (its log included)
questions() { sql -e "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{print $2}'; }
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
# hikari_acquires PORT -> connections borrowed from the pool so far (Micrometer, via /actuator/prometheus)
hikari_acquires() {
  curl -s -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$1/actuator/prometheus" |
    awk '/^hikaricp_connections_acquire_seconds_count/ { n += $2 } END { printf "%d", n }'
}
# thread_ticks PID -> "thread-name|ticks" per live thread (digits folded to N)
thread_ticks() {
  local t c v
  for t in /proc/"$1"/task/*; do
    c="$(cat "$t/comm" 2>/dev/null)" && v="$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)" && echo "${c//[0-9]/N}|$v"
  done
  return 0
}
# thread_cpu_report BEFORE AFTER -> CPU share per thread group between two thread_ticks files
thread_cpu_report() {
  python3 - "$1" "$2" <<'PY'
import collections, sys
def load(f):
    d = collections.Counter()
    for line in open(f):
        name, _, v = line.rstrip("\n").rpartition("|")
        d[name] += int(v or 0)
    return d
a, b = load(sys.argv[1]), load(sys.argv[2])
delta = {k: b[k] - a.get(k, 0) for k in b}
total = sum(v for v in delta.values() if v > 0) or 1
print("app CPU by thread group (threads alive at both ends):")
for k, v in sorted(delta.items(), key=lambda kv: -kv[1])[:10]:
    print(f"  {100 * v / total:5.1f}%  {k}")
PY
}
mariadb_pid() { pgrep -x mariadbd | head -1; }

# cpu_pct TICKS_DELTA SECONDS -> percent of one core
cpu_pct() { awk -v t="$1" -v s="$2" -v h="$CLK_TCK" 'BEGIN { printf "%.0f", t / h / s * 100 }'; }

stop_app() { # stop_app PID (graceful, as an operator would)
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$1" 2>/dev/null || true
}

# SMTP sink: every received message's X-Leadwire-Key goes as one line into $2 (with times: and its arrival, epoch ms)
start_smtp_sink() { # start_smtp_sink PORT KEYFILE [times]
  python3 -W ignore "$BENCH_DIR/smtp_sink.py" "$1" "$2" ${3:-} >>"$OUT_DIR/smtp-sink.log" 2>&1 &
  SMTP_PID=$!
  STARTED_PIDS+=("$SMTP_PID")
  for _ in $(seq 1 50); do port_free "$1" || return 0; sleep 0.1; done
  log "SMTP sink did not start"; return 1
}

# GreenMail (the SMTP server the integration tests use, the pom's version), standalone, from Maven Central
start_greenmail() { # start_greenmail SMTP_PORT API_PORT
  local version jar
  version="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$REPO_DIR/pom.xml")"
  jar="$OUT_DIR/lib/greenmail-standalone-$version.jar"
  if [[ ! -f "$jar" ]]; then
    (cd "$REPO_DIR" && ./mvnw -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$version" -DoutputDirectory="$OUT_DIR/lib") >&2
  fi
  java -Xmx512m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$1" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$2" -jar "$jar" >>"$OUT_DIR/greenmail.log" 2>&1 &
  GREENMAIL_PID=$!
  STARTED_PIDS+=("$GREENMAIL_PID")
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$2/api/service/readiness" >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "GreenMail did not start"; return 1
}

# wait_outbox_drained DB TIMEOUT_S: no PENDING/SENDING rows left
wait_outbox_drained() {
  local db="$1" deadline=$(( $(date +%s) + ${2:-300} )) left
  while (( $(date +%s) < deadline )); do
    left="$(sql "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING','SENDING')")"
    [[ "$left" == 0 ]] && return 0
    sleep 1
  done
  log "outbox of $db still has $left rows not sent"; return 1
}

# wait_outbox_drained_api PORT TIMEOUT_S: no PENDING/SENDING rows left, as GET /api/v1/outbox counts them
# (on H2, where nothing but the app can read the database while it runs)
wait_outbox_drained_api() {
  local port="$1" deadline=$(( $(date +%s) + ${2:-300} )) counts=""
  while (( $(date +%s) < deadline )); do
    counts="$(curl -fsS -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$port/api/v1/outbox" || true)"
    if [[ -n "$counts" ]] && python3 -c 'import json, sys; c = json.loads(sys.argv[1]); sys.exit(c.get("PENDING", 0) + c.get("SENDING", 0) > 0)' "$counts"; then
      return 0
    fi
    sleep 1
  done
  log "outbox on $port not drained in time: $counts"; return 1
}

# wrk_load PORT SECONDS RUN_NAME [connections threads]: the deal mix of deals.lua; summary in $OUT_DIR/wrk-RUN.txt
wrk_load() {
  local port="$1" seconds="$2" run="$3" conns="${4:-16}" threads="${5:-2}"
  BENCH_RUN="${BENCH_EMAILS:-$run}" BENCH_TAG="$run" BENCH_OUT="$OUT_DIR" BENCH_API_KEY="$API_KEY" BENCH_PATHS="${BENCH_PATHS:-/api/v1/deals}" \
    wrk -t "$threads" -c "$conns" -d "${seconds}s" --timeout 10s --latency -s "$BENCH_DIR/deals.lua" \
    "http://127.0.0.1:$port" >"$OUT_DIR/wrk-$run.txt" 2>&1
}

# wrk_post_script BODY [HEADER: VALUE]... -> a wrk Lua script that POSTs BODY with these headers
wrk_post_script() {
  local body="$1" header; shift
  printf 'wrk.method = "POST"\nwrk.body = [==[%s]==]\n' "$body"
  for header in "$@"; do
    printf 'wrk.headers["%s"] = "%s"\n' "${header%%: *}" "${header#*: }"
  done
}

# wrk_result RUN KEY -> a value from the BENCH line the Lua done() printed
wrk_result() { awk -v k="$2" '/^BENCH / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$OUT_DIR/wrk-$1.txt" 2>/dev/null || true; }

# missing_ids DB FILE -> how many eventIds in FILE have no inbound_event row
missing_ids() {
  sql --local-infile=1 "$1" -e "
    CREATE TEMPORARY TABLE answered (id BIGINT PRIMARY KEY);
    LOAD DATA LOCAL INFILE '$2' IGNORE INTO TABLE answered (id);
    SELECT COUNT(*) FROM answered a LEFT JOIN inbound_event e ON e.id = a.id WHERE e.id IS NULL;"
}

pass_fail() { if [[ "$1" == 1 ]]; then echo PASS; else echo FAIL; fi; }
