# The contact list with 100k contacts on MariaDB: the app migrates a fresh database,
# ContactQueries.java seeds the contacts with their e-mails over JDBC, then times
# GET /api/v1/contacts (the service the panel's lazy grid calls: a page and the count) for pages
# and searches by name, e-mail and phone.

scenario_contacts() {
  local db=leadwire_bench_contacts contacts="${BENCH_CONTACTS:-100000}" rounds="${BENCH_CONTACTS_ROUNDS:-20}"
  reset_db "$db"
  PORT="$(free_port)"
  start_app contacts "$db" "$PORT"
  PID="$APP_PID_contacts"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  log "contacts: seeding $contacts contacts over JDBC"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/ContactQueries.java" seed "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" "$contacts" \
    >"$OUT_DIR/contacts.txt" 2>&1
  log "contacts: pages and searches, $rounds rounds each"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/ContactQueries.java" measure "http://127.0.0.1:$PORT" "$API_KEY" "$rounds" \
    >>"$OUT_DIR/contacts.txt" 2>&1
  {
    echo "== contacts $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) on MariaDB $(sql -e 'SELECT VERSION()')"
    grep -E '^(SEEDED|HTTP)' "$OUT_DIR/contacts.txt" || cat "$OUT_DIR/contacts.txt"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
