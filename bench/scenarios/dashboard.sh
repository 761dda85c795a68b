# The dashboard with 100k deals on MariaDB: the app migrates a fresh database (with the demo
# pipelines), DashboardQueries.java seeds the deals with their stage history, sources, values and
# sent e-mails over JDBC, then prints each statement's plan (EXPLAIN) and time, and times
# GET /api/v1/dashboard (the service the panel calls) for the last 30, 90 and 365 days.

scenario_dashboard() {
  local db=leadwire_bench_dashboard deals="${BENCH_DASHBOARD_DEALS:-100000}" rounds="${BENCH_DASHBOARD_ROUNDS:-20}"
  reset_db "$db"
  PORT="$(free_port)"
  start_app dashboard "$db" "$PORT"
  PID="$APP_PID_dashboard"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  log "dashboard: seeding $deals deals with their history over JDBC"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/DashboardQueries.java" seed "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" "$deals" \
    >"$OUT_DIR/dashboard.txt" 2>&1
  log "dashboard: plans and times, $rounds rounds each"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/DashboardQueries.java" measure "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" \
    "http://127.0.0.1:$PORT" "$API_KEY" "$rounds" >>"$OUT_DIR/dashboard.txt" 2>&1
  {
    echo "== dashboard $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) on MariaDB $(sql -e 'SELECT VERSION()')"
    grep -E '^(SEEDED|DATA|EXPLAIN|QUERY|HTTP)' "$OUT_DIR/dashboard.txt" || cat "$OUT_DIR/dashboard.txt"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
