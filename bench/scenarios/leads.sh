# The lead list with 100k leads on MariaDB: the app migrates a fresh database, LeadQueries.java
# seeds the leads (contacts, deals, follow-ups with their e-mails, lead groups and lead_member rows)
# over JDBC, then times GET /api/v1/leads (the service the panel's lazy grid calls: a page and the
# count) for the first page, sorts, each column's filter and a deep page, and the whole CSV.

scenario_leads() {
  local db=leadwire_bench_leads leads="${BENCH_LEADS:-100000}" rounds="${BENCH_LEADS_ROUNDS:-20}"
  reset_db "$db"
  PORT="$(free_port)"
  start_app leads "$db" "$PORT"
  PID="$APP_PID_leads"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  log "leads: seeding $leads leads over JDBC"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/LeadQueries.java" seed "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" "$leads" \
    >"$OUT_DIR/leads.txt" 2>&1
  log "leads: pages, sorts and filters, $rounds rounds each"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/LeadQueries.java" measure "http://127.0.0.1:$PORT" "$API_KEY" "$rounds" \
    >>"$OUT_DIR/leads.txt" 2>&1
  {
    echo "== leads $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) on MariaDB $(sql -e 'SELECT VERSION()')"
    grep -E '^(SEEDED|HTTP|CSV)' "$OUT_DIR/leads.txt" || cat "$OUT_DIR/leads.txt"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
