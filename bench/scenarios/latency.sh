# Delivery latency: events at a fixed 200/s, every e-mail they queue goes to a local GreenMail
# (standalone, the version the tests use); p50/p99 of sent_at - created_at for the MAIL rows
# (and from the request's arrival). Duplicates are counted by the kill and two-node scenarios,
# whose sink records every message's key.

# percentiles_of QUERY DB -> "p50 p90 p99 max n" of the numbers the query returns (ms)
percentiles_of() {
  sql "$2" -e "$1" | python3 -c '
import sys
v = sorted(float(x) for x in sys.stdin if x.strip())
p = lambda q: v[min(len(v) - 1, max(0, -(-int(q * len(v) * 1000) // 1000) - 1))] if v else 0
print(f"p50 {p(0.50):.0f} ms, p90 {p(0.90):.0f} ms, p99 {p(0.99):.0f} ms, max {v[-1] if v else 0:.0f} ms over {len(v)} rows")'
}

scenario_latency() {
  local db=leadwire_bench_latency rate="${BENCH_RATE:-200}" seconds="${BENCH_RATE_SECONDS:-60}"
  log "latency: $rate events/s for ${seconds}s, mail to a local GreenMail"
  reset_db "$db"
  local smtp_port api_port
  smtp_port="$(free_port 8190)"; api_port="$(free_port $(( smtp_port + 1 )))"
  start_greenmail "$smtp_port" "$api_port"
  PORT="$(free_port)"
  start_app latency "$db" "$PORT" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$smtp_port"
  PID="$APP_PID_latency"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$PID"
  # warm-up at the same rate (BENCH_WARMUP seconds), not measured
  java "$BENCH_DIR/FixedRate.java" "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$WARMUP" "$OUT_DIR/ids-latency-warm.txt" rate-warm >/dev/null
  wait_outbox_drained "$db" 120
  local since; since="$(sql "$db" -e "SELECT NOW(6)")"
  java "$BENCH_DIR/FixedRate.java" "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$seconds" "$OUT_DIR/ids-latency.txt" rate \
    >"$OUT_DIR/fixedrate-latency.txt"
  wait_outbox_drained "$db" 300 || true
  local line; line="$(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-latency.txt")"
  local rows where="o.channel = 'MAIL' AND o.created_at >= '$since'"
  rows="$(sql "$db" -e "SELECT CONCAT(COUNT(*), ' MAIL rows, ', SUM(status = 'SENT'), ' sent, ', SUM(status = 'DEAD'), ' dead') FROM outbox_message o WHERE $where")"
  {
    echo "== latency $(date -u +%FT%TZ): $line"
    echo "outbox: $rows"
    echo "sent_at - created_at (MAIL rows): $(percentiles_of "SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, o.sent_at) / 1000 FROM outbox_message o WHERE $where AND o.status = 'SENT'" "$db")"
    echo "sent_at - request received (same rows): $(percentiles_of "SELECT TIMESTAMPDIFF(MICROSECOND, e.received_at, o.sent_at) / 1000 FROM outbox_message o JOIN inbound_event e ON e.id = o.event_id WHERE $where AND o.status = 'SENT'" "$db")"
    local p99; p99="$(sql "$db" -e "SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, o.sent_at) / 1000 FROM outbox_message o WHERE $where AND o.status = 'SENT'" |
      python3 -c 'import sys; v = sorted(float(x) for x in sys.stdin if x.strip()); print(v[max(0, -(-99 * len(v) // 100) - 1)] if v else 1e9)')"
    echo "MAIL delivery rate: $(sql "$db" -e "SELECT ROUND(COUNT(*) / GREATEST(0.001, TIMESTAMPDIFF(MICROSECOND, MIN(o.sent_at), MAX(o.sent_at)) / 1e6)) FROM outbox_message o WHERE $where AND o.status = 'SENT'")/s while the event pace queued $(( 2 * rate ))/s (2 MAIL rows per demo deal)"
    echo "target p99 < 500 ms (sent_at - created_at) at $rate events/s: $(pass_fail "$(awk -v p="$p99" 'BEGIN { if (p < 500) print 1 }')")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
  kill "$GREENMAIL_PID" 2>/dev/null || true
}
