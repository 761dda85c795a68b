# Board render with 10k deals: seeded through the API, then the reads of Board.of timed.

scenario_board() {
  local db=leadwire_bench_board deals="${BENCH_BOARD_DEALS:-10000}"
  log "board: seeding $deals deals through POST /api/v1/deals"
  reset_db "$db"
  PORT="$(free_port)"
  start_app board "$db" "$PORT"
  PID="$APP_PID_board"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$PID"
  java "$BENCH_DIR/FixedRate.java" "http://127.0.0.1:$PORT" "$API_KEY" 500 $(( deals / 500 )) "$OUT_DIR/ids-board.txt" board \
    >"$OUT_DIR/fixedrate-board.txt"
  local seeded; seeded="$(sql "$db" -e "SELECT COUNT(*) FROM deal")"
  java -cp "$MARIADB_JAR" "$BENCH_DIR/BoardQueries.java" "jdbc:mariadb://$DB_HOST:$DB_PORT/$db" autocloud 50 \
    >"$OUT_DIR/board.txt" 2>&1
  {
    echo "== board $(date -u +%FT%TZ): seeding $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-board.txt"); $seeded deals in the database"
    echo "Board.of reads (count per stage + newest 100 cards of each stage + contact names), 50 rounds: $(grep '^BOARD' "$OUT_DIR/board.txt" || cat "$OUT_DIR/board.txt")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
