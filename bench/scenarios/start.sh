# Start-up and memory: how long until the first POST /api/v1/deals is accepted (201 with an
# eventId, counted from the process start), and the resident memory once the app idles, on the
# embedded default (H2 in a temporary data folder that an earlier start has already migrated):
#   jar  the production jar as ./mvnw package builds it, `java -jar target/leadwire-*.jar`
#   cds  the same jar as README "Running the jar" recommends: extracted (java -Djarmode=tools),
#        with a class data sharing archive from a training run, and the README's heap setting
#   run  `./mvnw spring-boot:run` on the checkout (BENCH_START_CHECKOUT, this one), already built
# Every start gets BENCH_JAVA_OPTS as the throughput scenario does (none by default); the three
# kinds take turns, BENCH_START_RUNS (3) rounds, and the medians are printed beside the targets
# and the figures measured at 5710b23 (the commit before this scenario).

# The README's flags for the extracted jar, beyond its archive: a G1 collection after this long
# without one, which gives back the heap the start-up grew (JEP 346); under load it never fires.
START_HEAP_OPTS="${BENCH_START_HEAP_OPTS:--XX:G1PeriodicGCInterval=5000}"

# start_accepted PORT -> 0 when POST /api/v1/deals answers 201 with an eventId (before the routes
# are up Tomcat may answer other paths, and Vaadin answers with its page)
start_accepted() {
  local body
  body="$(curl -s -w '\n%{http_code}' -X POST "http://127.0.0.1:$1/api/v1/deals" \
    -H 'Content-Type: application/json' -H "X-Api-Key: $API_KEY" \
    --data "$(deal_body "start-$(date +%s%N)@bench.example" Start)" 2>/dev/null)" || return 1
  [[ "${body##*$'\n'}" == 201 && "$body" == *'"eventId"'* ]]
}

# app_pid_below PID -> the Leadwire JVM among PID and its descendants (spring-boot:run forks it)
app_pid_below() {
  local pid="$1" child
  if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -e 'LeadwireApplication' -e '-jar '; then
    echo "$pid"; return 0
  fi
  for child in $(pgrep -P "$pid"); do app_pid_below "$child" && return 0; done
  return 1
}

# timed_start KIND DIR CMD... -> STARTED: "ms_to_first_accept idle_rss_mib app_cpu_s_at_accept
# ms_until_the_app_jvm" (DIR is the working directory, i.e. where ./data is; the last field is 0
# unless the command starts the app's JVM later, as Maven does)
timed_start() {
  local kind="$1" dir="$2"; shift 2
  local port t0 pid app="" deadline started=0 accept_ms cpu rss
  STARTED="fail 0 0 0"
  port="$(free_port)"
  t0="$(now_ms)"
  (cd "$dir" && exec env LEADWIRE_API_KEY="$API_KEY" LEADWIRE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    LEADWIRE_PUBLIC_URL="http://127.0.0.1:$port" SERVER_PORT="$port" "$@") >>"$OUT_DIR/start-$kind.log" 2>&1 &
  pid=$!
  STARTED_PIDS+=("$pid")
  deadline=$(( $(date +%s) + START_TIMEOUT ))
  until start_accepted "$port"; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) >= deadline )); then
      log "start ($kind) failed, see $OUT_DIR/start-$kind.log"; stop_app "$pid"; return 1
    fi
    if [[ -z "$app" ]] && app="$(app_pid_below "$pid")"; then
      started=$(( $(awk '/^btime/ { print $2 }' /proc/stat) * 1000 + $(awk '{ print $22 }' "/proc/$app/stat") * 1000 / CLK_TCK - t0 ))
    fi
    sleep 0.05
  done
  accept_ms=$(( $(now_ms) - t0 ))
  [[ -n "$app" ]] || app="$(app_pid_below "$pid")"
  STARTED_PIDS+=("$app")
  cpu="$(awk -v h="$CLK_TCK" '{ printf "%.1f", ($14 + $15) / h }' "/proc/$app/stat")"
  sleep "$START_IDLE"
  rss="$(rss_kb "$app")"
  stop_app "$app"
  [[ "$app" == "$pid" ]] || stop_app "$pid"
  STARTED="$accept_ms $(( rss / 1024 )) $cpu $(( started > 0 ? started : 0 ))"
}

# ensure_cds_layout -> CDS_JAR: APP_JAR extracted into $OUT_DIR/cds (README "Running the jar"), with
# leadwire.jsa from a training run that stops once the context is refreshed, in an empty folder
ensure_cds_layout() {
  local layout="$OUT_DIR/cds" training stamp
  CDS_JAR="$layout/leadwire.jar"
  stamp="$APP_JAR $(stat -c '%Y %s' "$APP_JAR") $(java -version 2>&1 | head -1)"
  if [[ -s "$layout/leadwire.jsa" && "$(cat "$layout/trained-from" 2>/dev/null)" == "$stamp" ]]; then return 0; fi
  log "start: extracting $APP_JAR into $layout and training its CDS archive"
  rm -rf "$layout"
  java -Djarmode=tools -jar "$APP_JAR" extract --destination "$layout" --application-filename leadwire.jar >&2
  training="$(mktemp -d "${TMPDIR:-/tmp}/leadwire-cds-training.XXXXXX")"
  (cd "$training" && java ${BENCH_JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$layout/leadwire.jsa" \
    -Dspring.context.exit=onRefresh -jar "$CDS_JAR" --server.port="$(free_port)") >"$OUT_DIR/start-cds-training.log" 2>&1 || true
  rm -rf "$training"
  [[ -s "$layout/leadwire.jsa" ]] || { log "no CDS archive written, see $OUT_DIR/start-cds-training.log"; return 1; }
  echo "$stamp" >"$layout/trained-from"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

scenario_start() {
  local runs="${BENCH_START_RUNS:-3}" checkout="${BENCH_START_CHECKOUT:-$REPO_DIR}"
  START_IDLE="${BENCH_START_IDLE:-10}"
  local data round kind result load0 load1
  data="$(mktemp -d "${TMPDIR:-/tmp}/leadwire-start.XXXXXX")"
  ensure_cds_layout
  : >"$OUT_DIR/start-runs.txt"
  rm -f "$OUT_DIR"/start-{jar,cds,run}.log
  log "start: migrating a fresh H2 folder ($data) with a first start of the jar (not counted)"
  timed_start first "$data" java ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR"
  load0="$(cut -d' ' -f1-3 /proc/loadavg)"
  local java_opts=(${BENCH_JAVA_OPTS:-}) run_opts=()
  [[ -z "${BENCH_JAVA_OPTS:-}" ]] || run_opts=("-Dspring-boot.run.jvmArguments=$BENCH_JAVA_OPTS")
  for round in $(seq 1 "$runs"); do
    for kind in jar cds run; do
      case "$kind" in
        jar) timed_start jar "$data" java "${java_opts[@]}" -jar "$APP_JAR" ;;
        cds) timed_start cds "$data" java "${java_opts[@]}" -XX:SharedArchiveFile="$OUT_DIR/cds/leadwire.jsa" $START_HEAP_OPTS -jar "$CDS_JAR" ;;
        run) timed_start run "$checkout" "$checkout/mvnw" -B -q spring-boot:run -Dspring-boot.run.workingDirectory="$data" "${run_opts[@]}" ;;
      esac || true
      echo "$kind $round $STARTED $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT_DIR/start-runs.txt" >&2
    done
  done
  load1="$(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$data"

  # start_median COL KIND -> the median of that column over the runs of KIND; all KIND -> every run's value
  start_median() { awk -v k="$2" -v c="$1" '$1 == k && $3 != "fail" { print $c }' "$OUT_DIR/start-runs.txt" | median; }
  all() { awk -v k="$2" -v c="$1" '$1 == k { printf "%s%s", (n++ ? ", " : ""), $c }' "$OUT_DIR/start-runs.txt"; }
  secs() { awk -v ms="$1" 'BEGIN { if (ms == "") print "n/a"; else printf "%.1f", ms / 1000 }'; }
  verdict() { pass_fail "$(awk -v v="$1" -v t="$2" 'BEGIN { if (v != "" && v < t) print 1 }')"; }
  local jar_ms cds_ms run_ms cds_rss jar_rss
  jar_ms="$(start_median 3 jar)"; cds_ms="$(start_median 3 cds)"; run_ms="$(start_median 3 run)"
  jar_rss="$(start_median 4 jar)"; cds_rss="$(start_median 4 cds)"
  {
    echo "== start $(date -u +%FT%TZ) on $(nproc) cores, $runs rounds (jar, cds, run in turn), medians; load average $load0 -> $load1"
    echo "   JVM flags: ${BENCH_JAVA_OPTS:-none} (the throughput scenario's); H2 data folder already migrated; idle RSS ${START_IDLE} s after the first accepted POST"
    echo "jar as built (java -jar $(basename "$APP_JAR")): first accepted POST after $(secs "$jar_ms") s ($(all 3 jar) ms), app CPU $(start_median 5 jar) s; idle RSS $jar_rss MiB ($(all 4 jar))"
    echo "   target < 10 s: $(verdict "$jar_ms" 10000); at 5710b23: 38-45 s here, 24-30 s in earlier sessions"
    echo "jar, CDS recipe (extracted, -XX:SharedArchiveFile, $START_HEAP_OPTS): first accepted POST after $(secs "$cds_ms") s ($(all 3 cds) ms), app CPU $(start_median 5 cds) s"
    echo "   target < 10 s: $(verdict "$cds_ms" 10000); at 5710b23 (no recipe): 38-45 s here, 24-30 s in earlier sessions"
    echo "./mvnw spring-boot:run ($checkout): first accepted POST after $(secs "$run_ms") s ($(all 3 run) ms), of which Maven until the app's JVM $(secs "$(start_median 6 run)") s; idle RSS $(start_median 4 run) MiB"
    echo "   target < 20 s: $(verdict "$run_ms" 20000); at 5710b23: 77-98 s here (Maven 57-69 s of it)"
    echo "idle RSS, CDS recipe: $cds_rss MiB ($(all 4 cds)); target < 400 MB: $(verdict "$(( ${cds_rss:-999999} * 1048576 / 1000000 ))" 400); at 5710b23: 476-550 MiB here, 510-577 MiB in earlier sessions"
  } | tee -a "$OUT_DIR/results.txt"
}
