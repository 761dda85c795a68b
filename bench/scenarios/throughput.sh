# Throughput: start time, idle RSS, wrk on the intake, DB checks, raw-JDBC baseline.

# start_measured NAME DB -> PORT, PID, START_READY_MS, START_ACCEPT_MS
start_measured() {
  local name="$1" db="$2"; shift 2
  PORT="$(free_port)"
  local t0; t0="$(now_ms)"
  start_app "$name" "$db" "$PORT" "$@"
  PID="$(eval echo "\$APP_PID_$name")"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  START_READY_MS=$(( $(now_ms) - t0 ))
  wait_first_accept "$PORT" "$PID"
  START_ACCEPT_MS=$(( $(now_ms) - t0 ))
}

scenario_throughput() {
  local db="${BENCH_DB_NAME:-leadwire_bench}" dbpid
  log "throughput: $CONNS connections, $WRK_THREADS threads, ${WARMUP}s warm-up + ${SECONDS_LOAD}s, paths $BENCH_PATHS"
  reset_db "$db"
  rm -f "$OUT_DIR"/ids-warm-* "$OUT_DIR"/ids-main-* "$OUT_DIR/app.log"
  start_measured app "$db"
  log "app pid $PID on port $PORT: ready after $START_READY_MS ms, first 2xx after $START_ACCEPT_MS ms"
  sleep 10
  local idle_rss; idle_rss="$(rss_kb "$PID")"

  wrk_load "$PORT" "$WARMUP" warm "$CONNS" "$WRK_THREADS"
  dbpid="$(mariadb_pid)"
  # H2 runs inside the app (its CPU is the app's) and sends no statements to MariaDB
  db_ticks() { if on_h2; then echo 0; else cpu_ticks "$dbpid"; fi; }
  db_questions() { if on_h2; then echo 0; else questions; fi; }
  local app0 db0 t0 app1 db1 t1
  local q0 q1 busy0 busy1 load0 load1
  local h0 h1; h0="$(hikari_acquires "$PORT")"
  q0="$(db_questions)"; busy0="$(machine_busy_ticks)"; load0="$(cut -d' ' -f1 /proc/loadavg)"
  app0="$(cpu_ticks "$PID")"; db0="$(db_ticks)"; t0="$(now_ms)"; local io0; io0="$(write_bytes "$PID")"
  wrk_load "$PORT" "$SECONDS_LOAD" main "$CONNS" "$WRK_THREADS"
  app1="$(cpu_ticks "$PID")"; db1="$(db_ticks)"; t1="$(now_ms)"; local io1; io1="$(write_bytes "$PID")"
  q1="$(db_questions)"; busy1="$(machine_busy_ticks)"; load1="$(cut -d' ' -f1 /proc/loadavg)"
  h1="$(hikari_acquires "$PORT")"
  local load_rss; load_rss="$(rss_kb "$PID")"
  sleep 3 # requests in flight when wrk stopped still commit
  local h2_file=""
  if on_h2; then
    h2_file="H2 file: $(du -m "$OUT_DIR/h2/$db"/*.mv.db | awk '{ print $1 }') MiB after the load, the app wrote $(awk -v b=$(( io1 - io0 )) -v n="$(wrk_result main ok)" 'BEGIN { if (n > 0) printf "%.1f", b / 1024 / n }') KiB to files per accepted event while measured"
    stop_app "$PID" # only one process can open H2's files: the checks below read them once the app is gone
  fi

  local secs; secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  local ok non2xx errors okps p50 p99 distinct
  ok="$(wrk_result main ok)"; non2xx="$(wrk_result main non2xx)"; errors="$(wrk_result main errors)"
  okps="$(wrk_result main okps)"; p50="$(wrk_result main p50ms)"; p99="$(wrk_result main p99ms)"
  distinct=$(( $(wrk_result warm distinct) + $(wrk_result main distinct) ))
  local answered=$(( $(wrk_result warm ok) + ok ))
  cat "$OUT_DIR"/ids-warm-*.txt "$OUT_DIR"/ids-main-*.txt >"$OUT_DIR/ids-answered.txt"
  local id_lines; id_lines="$(wc -l <"$OUT_DIR/ids-answered.txt")"
  local missing events contacts probes stored_distinct outbox per_commit
  if on_h2; then
    # H2 has no JSON_VALUE: the first "email" of the payload (the contact's, in both intake shapes)
    IFS=$'\t' read -r missing events probes contacts stored_distinct outbox per_commit < <(h2_sql "$db" --load answered="$OUT_DIR/ids-answered.txt" "
      SELECT (SELECT COUNT(*) FROM answered a LEFT JOIN inbound_event e ON e.id = CAST(a.v AS BIGINT) WHERE e.id IS NULL),
             (SELECT COUNT(*) FROM inbound_event),
             (SELECT COUNT(*) FROM contact_email WHERE email LIKE 'probe-%'),
             (SELECT COUNT(*) FROM contact),
             (SELECT COUNT(DISTINCT LOWER(TRIM(REGEXP_SUBSTR(payload, '\"email\"\\s*:\\s*\"([^\"]*)\"', 1, 1, NULL, 1))))
                FROM inbound_event WHERE payload NOT LIKE '%probe-%'),
             (SELECT CONCAT(COUNT(*), ' rows, ', SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), ' sent') FROM outbox_message),
             (SELECT ROUND(CAST(COUNT(*) AS DOUBLE) / COUNT(DISTINCT processed_at), 1) FROM inbound_event)")
  else
    missing="$(missing_ids "$db" "$OUT_DIR/ids-answered.txt")"
    events="$(sql "$db" -e "SELECT COUNT(*) FROM inbound_event")"
    probes="$(sql "$db" -e "SELECT COUNT(*) FROM contact_email WHERE email LIKE 'probe-%'")"
    contacts="$(sql "$db" -e "SELECT COUNT(*) FROM contact")"
    stored_distinct="$(sql "$db" -e "SELECT COUNT(DISTINCT LOWER(TRIM(COALESCE(JSON_VALUE(payload, '\$.contact.email'), JSON_VALUE(payload, '\$.email'))))) FROM inbound_event WHERE payload NOT LIKE '%probe-%'")"
    outbox="$(sql "$db" -e "SELECT CONCAT(COUNT(*), ' rows, ', SUM(status = 'SENT'), ' sent') FROM outbox_message")"
    # the events of one intake commit share their processed_at
    per_commit="$(sql "$db" -e "SELECT ROUND(COUNT(*) / COUNT(DISTINCT processed_at), 1) FROM inbound_event")"
    stop_app "$PID"
  fi
  contacts=$(( contacts - probes ))

  if [[ "${BENCH_BASELINES:-yes}" == no ]] || on_h2; then # the baselines are MariaDB's
    printf 'BASELINE skipped\n' | tee "$OUT_DIR/baseline-single.txt" >"$OUT_DIR/baseline-grouped.txt"
  else
    log "raw-JDBC baseline ($CONNS connections, one event per transaction)"
    run_baseline "$CONNS" 1 single
  fi
  local base_eps base_p99 base_ok
  base_eps="$(baseline_result single eps)"; base_p99="$(baseline_result single p99ms)"
  base_ok="$(baseline_result single distinct):$(baseline_result single contacts)"
  local group="${BENCH_BASELINE_GROUP:-32}" group_threads="${BENCH_BASELINE_GROUP_THREADS:-4}"
  if [[ "${BENCH_BASELINES:-yes}" != no ]] && ! on_h2; then
    log "raw-JDBC grouped baseline ($group_threads connections, $group events per transaction)"
    run_baseline "$group_threads" "$group" grouped
  fi

  {
    echo "== throughput $(date -u +%FT%TZ) on $(nproc) cores, paths $BENCH_PATHS, database $(if on_h2; then h2_url "$db"; else echo "MariaDB $db"; fi)"
    echo "start: readiness UP after ${START_READY_MS} ms, first accepted POST after ${START_ACCEPT_MS} ms"
    echo "idle RSS: $(( idle_rss / 1024 )) MiB; RSS after load: $(( load_rss / 1024 )) MiB"
    echo "load: ${CONNS} connections / ${WRK_THREADS} threads, ${WARMUP}s warm-up, $(wrk_result main seconds)s measured"
    echo "accepted: ${ok} (${okps}/s)  p50 ${p50} ms  p90 $(wrk_result main p90ms) ms  p99 ${p99} ms  max $(wrk_result main maxms) ms"
    echo "non-2xx: ${non2xx}  socket errors: ${errors}  2xx without eventId: $(wrk_result main noid)"
    echo "CPU over the run (100% = one core): app $(cpu_pct $(( app1 - app0 )) "$secs")%$(on_h2 && echo " (H2 inside it)" || echo ", MariaDB $(cpu_pct $(( db1 - db0 )) "$secs")%"), whole machine $(cpu_pct $(( busy1 - busy0 )) "$secs")% of $(( $(nproc) * 100 ))%; load average $load0 -> $load1"
    echo "per accepted event: app CPU $(awk -v t=$(( app1 - app0 )) -v h="$CLK_TCK" -v n="$ok" 'BEGIN { if (n > 0) printf "%.2f", t / h * 1000 / n }') ms, pool connections borrowed $(awk -v q=$(( h1 - h0 )) -v n="$ok" 'BEGIN { if (n > 0) printf "%.2f", q / n }'), MariaDB statements $(awk -v q=$(( q1 - q0 )) -v n="$ok" 'BEGIN { if (n > 0) printf "%.1f", q / n }') (server-wide counter: includes other clients)"
    echo "outbox after the run: $outbox; intake events per commit: $per_commit${h2_file:+; $h2_file}"
    echo "check accepted-durable: $(pass_fail "$([[ "$missing" == 0 && "$id_lines" == "$answered" ]] && echo 1)") ($answered answered 2xx, $id_lines eventIds logged, $missing not in inbound_event; inbound_event has $events rows incl. probes)"
    echo "check contacts = distinct e-mails: $(pass_fail "$([[ "$contacts" == "$stored_distinct" ]] && (( distinct - contacts >= 0 && distinct - contacts <= 2 * CONNS )) && echo 1)") ($contacts contacts; $stored_distinct distinct normalised e-mails in the stored events; $distinct distinct e-mails sent by wrk, of which up to $(( 2 * CONNS )) may be cut off when wrk stops the warm-up and the run: $(( distinct - contacts )) were)"
    if on_h2; then
      echo "baselines: raw JDBC into MariaDB, not run on H2"
    else
    echo "baseline raw JDBC, one txn per event: ${base_eps}/s p99 ${base_p99} ms, MariaDB CPU $(baseline_result single db_ms) ms per event (contacts check: $(pass_fail "$([[ "${base_ok%%:*}" == "${base_ok##*:}" ]] && echo 1)"))"
    echo "baseline raw JDBC, grouped ($group events per transaction, $group_threads connections, the same rows without HTTP, rendering or delivery): $(baseline_result grouped eps)/s p99 $(baseline_result grouped p99ms) ms, MariaDB CPU $(baseline_result grouped db_ms) ms per event + the JDBC client $(baseline_result grouped client_ms) ms"
    echo "ratio Leadwire / raw JDBC: $(awk -v a="$okps" -v b="$base_eps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
    fi
    echo "target >= 4000/s with p99 < 25 ms: $(pass_fail "$(awk -v a="$okps" -v p="$p99" 'BEGIN { if (a >= 4000 && p < 25) print 1 }')")"
  } | tee -a "$OUT_DIR/results.txt"
}

# run_baseline THREADS GROUP NAME: JdbcBaseline into a fresh leadwire_bench_jdbc; its BASELINE line plus the
# CPU per event of MariaDB and of the JDBC client in $OUT_DIR/baseline-NAME.txt
run_baseline() {
  local threads="$1" group="$2" name="$3" base_db=leadwire_bench_jdbc dbpid db0 db1
  reset_db "$base_db"
  for migration in $(ls "$REPO_DIR"/src/main/resources/db/migration/V*.sql | sort -V); do sql "$base_db" <"$migration"; done
  local classes; classes="$(compiled_tool JdbcBaseline)"
  dbpid="$(mariadb_pid)"; db0="$(cpu_ticks "$dbpid")"
  java -cp "$classes:$MARIADB_JAR" JdbcBaseline "jdbc:mariadb://$DB_HOST:$DB_PORT/$base_db" "$threads" 5 "$SECONDS_LOAD" "$group" \
    >"$OUT_DIR/baseline-$name.txt" 2>&1 &
  local client=$!
  STARTED_PIDS+=("$client")
  sleep 5; db0="$(cpu_ticks "$dbpid")"; local c0; c0="$(cpu_ticks "$client" 2>/dev/null || echo 0)"
  sleep "$SECONDS_LOAD"; db1="$(cpu_ticks "$dbpid")"; local c1; c1="$(cpu_ticks "$client" 2>/dev/null || echo 0)"
  wait "$client" || true
  local events; events="$(baseline_result "$name" events)"
  {
    echo "db_ms=$(awk -v t=$(( db1 - db0 )) -v h="$CLK_TCK" -v n="${events:-0}" 'BEGIN { if (n > 0) printf "%.3f", t / h * 1000 / n }')"
    echo "client_ms=$(awk -v t=$(( c1 - c0 )) -v h="$CLK_TCK" -v n="${events:-0}" 'BEGIN { if (n > 0) printf "%.3f", t / h * 1000 / n }')"
  } >>"$OUT_DIR/baseline-$name.txt"
}

# baseline_result NAME KEY -> a value of the BASELINE line (or of the CPU lines) of run_baseline NAME
baseline_result() {
  { grep '^BASELINE' "$OUT_DIR/baseline-$1.txt" | tr ' ' '\n'; grep -E '^(db|client)_ms=' "$OUT_DIR/baseline-$1.txt"; } 2>/dev/null |
    awk -F= -v k="$2" '$1 == k { print $2 }' || true
}

# Same load with a 20 s JFR recording; prints the top frames and the time per package.
scenario_profile() {
  local db="${BENCH_DB_NAME:-leadwire_bench}"
  reset_db "$db"
  start_measured app "$db"
  wrk_load "$PORT" "$WARMUP" warm "$CONNS" "$WRK_THREADS"
  local jfr="$OUT_DIR/profile.jfr"
  rm -f "$jfr"
  thread_ticks "$PID" >"$OUT_DIR/threads-0.txt"
  jcmd "$PID" JFR.start name=bench settings=profile duration=20s filename="$jfr" >/dev/null
  wrk_load "$PORT" 22 profiled "$CONNS" "$WRK_THREADS"
  thread_ticks "$PID" >"$OUT_DIR/threads-1.txt"
  for _ in $(seq 1 30); do [[ -s "$jfr" ]] && break; sleep 1; done
  stop_app "$PID"
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$jfr" >"$OUT_DIR/profile-samples.txt"
  {
    echo "== profile $(date -u +%FT%TZ): $(grep '^BENCH' "$OUT_DIR/wrk-profiled.txt")"
    thread_cpu_report "$OUT_DIR/threads-0.txt" "$OUT_DIR/threads-1.txt"
    python3 "$BENCH_DIR/jfr_top.py" "$OUT_DIR/profile-samples.txt"
  } | tee -a "$OUT_DIR/results.txt"
}
