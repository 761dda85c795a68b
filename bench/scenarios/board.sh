# Board render with 10k deals: seeded through the API and spread over the stages like a funnel
# (moves through the API), then the board page timed in headless Chromium, and the reads of
# Board.of timed over JDBC.

# selenium_classpath -> the test classpath of the pom (Selenium, from Maven Central), cached in $OUT_DIR
selenium_classpath() {
  local file="$OUT_DIR/test-classpath.txt"
  if [[ ! -s "$file" || "$REPO_DIR/pom.xml" -nt "$file" ]]; then
    (cd "$REPO_DIR" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$file") >&2
  fi
  cat "$file"
}

scenario_board() {
  local db=leadwire_bench_board deals="${BENCH_BOARD_DEALS:-10000}" shares="${BENCH_BOARD_SHARES:-50,20,12,8,6,4}"
  # cards_per_stage: what a column shows first (admin.board.BoardView.CARDS_PER_PAGE)
  local loads="${BENCH_BOARD_LOADS:-25}" cards_per_stage="${BENCH_BOARD_CARDS_PER_STAGE:-20}"
  local classpath; classpath="$(selenium_classpath)"
  # the panel as deployed: the jar is built in Vaadin production mode (BENCH_JAR, when set, is taken as it is)
  ensure_jar
  reset_db "$db"
  PORT="$(free_port)"
  start_app board "$db" "$PORT"
  PID="$APP_PID_board"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$PID"
  log "board: seeding $deals deals through POST /api/v1/deals"
  # at BENCH_BOARD_RATE (250/s); requests a cold app on a busy machine could not answer in 30 s
  # are topped up by further rounds (new e-mails each round) until the database holds $deals deals
  local rate="${BENCH_BOARD_RATE:-250}" round missing
  : >"$OUT_DIR/fixedrate-board.txt"
  for round in 1 2 3 4; do
    missing=$(( deals - $(sql "$db" -e "SELECT COUNT(*) FROM deal") ))
    (( missing > 0 )) || break
    java "$BENCH_DIR/FixedRate.java" "http://127.0.0.1:$PORT" "$API_KEY" "$rate" $(( (missing + rate - 1) / rate )) \
      "$OUT_DIR/ids-board-$round.txt" "board$round" >>"$OUT_DIR/fixedrate-board.txt"
  done
  log "board: spreading the deals over the stages ($shares %) through POST /api/v1/deals/{id}/move"
  java -Dsun.stdout.encoding=UTF-8 -cp "$MARIADB_JAR" "$BENCH_DIR/SpreadDeals.java" "http://127.0.0.1:$PORT" "$API_KEY" \
    "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" autocloud "$shares" >"$OUT_DIR/spread-board.txt"
  local seeded; seeded="$(sql "$db" -e "SELECT COUNT(*) FROM deal")"
  # what the board of the first pipeline (autocloud) must show: every stage, up to $cards_per_stage cards each
  local shown; shown="$(sql "$db" -e "
    SELECT COUNT(*), SUM(LEAST(n, $cards_per_stage)), GROUP_CONCAT(n ORDER BY position) FROM (
      SELECT s.id, s.position, COUNT(d.id) n FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
      LEFT JOIN deal d ON d.stage_id = s.id WHERE p.name = 'autocloud' GROUP BY s.id, s.position) x")"
  local columns cards per_stage
  read -r columns cards per_stage <<<"$shown"
  log "board: timing the board page in headless Chromium ($cards cards in $columns columns, $loads loads)"
  ADMIN_PASSWORD="$ADMIN_PASSWORD" java -cp "$classpath" "$BENCH_DIR/BoardRender.java" "http://127.0.0.1:$PORT" \
    "$cards" "$columns" "$loads" 5 >"$OUT_DIR/board-render.txt" 2>"$OUT_DIR/board-render.err" || true
  java -cp "$MARIADB_JAR" "$BENCH_DIR/BoardQueries.java" "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" autocloud 50 "$cards_per_stage" \
    >"$OUT_DIR/board.txt" 2>&1
  {
    echo "== board $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) (jar ${APP_JAR#$REPO_DIR/}): seeding $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-board.txt" | paste -sd ';'); $seeded deals in the database"
    echo "spread through the API: $(grep '^SPREAD' "$OUT_DIR/spread-board.txt" || cat "$OUT_DIR/spread-board.txt"); deals per stage of autocloud: $per_stage"
    echo "board page in headless Chromium (navigation start -> $cards cards in $columns columns in the DOM; painted = the next frame after): $(grep '^RENDER' "$OUT_DIR/board-render.txt" || tail -5 "$OUT_DIR/board-render.err")"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Board.of reads (count and value per stage + first $cards_per_stage cards of each stage + contact names), 50 rounds: $(grep '^BOARD' "$OUT_DIR/board.txt" || cat "$OUT_DIR/board.txt")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
