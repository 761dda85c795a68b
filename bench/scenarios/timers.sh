# Timer claim with 100k pending timers on MariaDB: the app migrates a fresh database and stops,
# then TimerScan.java inserts the timers (1% due), prints the plan of the claim (EXPLAIN and
# ANALYZE: an index range scan of ix_automation_timer_due in due order) and times claims of 100.

scenario_timers() {
  local db=leadwire_bench_timers pending="${BENCH_TIMERS_PENDING:-100000}" rounds="${BENCH_TIMERS_ROUNDS:-500}"
  reset_db "$db"
  PORT="$(free_port)"
  start_app timers "$db" "$PORT"
  PID="$APP_PID_timers"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  stop_app "$PID"
  log "timers: $pending pending timers, the claim's plan and $rounds claims of each kind"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/TimerScan.java" "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" "$pending" "$rounds" \
    >"$OUT_DIR/timers.txt" 2>&1
  {
    echo "== timers $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) on MariaDB $(sql -e 'SELECT VERSION()')"
    grep -E '^(INSERTED|EXPLAIN|ANALYZE|CLAIM)' "$OUT_DIR/timers.txt" || cat "$OUT_DIR/timers.txt"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$OUT_DIR/results.txt"
}
