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
  # contacts' e-mails cycle over this many addresses (GreenMail's cost grows with its mailboxes, see below)
  local emails="${BENCH_LATENCY_EMAILS:-1000}"
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
  # warm-up at the same rate, not measured: the JIT compiler needs minutes of this load before the app
  # runs at its steady cost on 2 cores (BENCH_WARMUP seconds)
  local generator; generator="$(compiled_tool FixedRate)"
  java -cp "$generator" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$WARMUP" \
    "$OUT_DIR/ids-latency-warm.txt" rate-warm "$emails" >/dev/null
  wait_outbox_drained "$db" 120
  # a real mail server hands mail on; GreenMail keeps every message and a mailbox per recipient in its heap
  # and finds a mailbox by a linear search over all of them, so the measured minute starts from an empty one
  curl -fsS -X POST "http://127.0.0.1:$api_port/api/service/reset" >/dev/null || log "GreenMail reset failed"
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$api_port/api/service/readiness" >/dev/null 2>&1 && break; sleep 0.1; done
  local since; since="$(sql "$db" -e "SELECT NOW(6)")"
  local dbpid app0 db0 gm0 busy0 t0 app1 db1 gm1 busy1 t1
  dbpid="$(mariadb_pid)"
  app0="$(cpu_ticks "$PID")"; db0="$(cpu_ticks "$dbpid")"; gm0="$(cpu_ticks "$GREENMAIL_PID")"; busy0="$(machine_busy_ticks)"; t0="$(now_ms)"
  java -cp "$generator" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$seconds" "$OUT_DIR/ids-latency.txt" rate \
    "$emails" >"$OUT_DIR/fixedrate-latency.txt"
  app1="$(cpu_ticks "$PID")"; db1="$(cpu_ticks "$dbpid")"; gm1="$(cpu_ticks "$GREENMAIL_PID")"; busy1="$(machine_busy_ticks)"; t1="$(now_ms)"
  local secs; secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  wait_outbox_drained "$db" 300 || true
  local line; line="$(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-latency.txt")"
  local rows where="o.channel = 'MAIL' AND o.created_at >= '$since'"
  rows="$(sql "$db" -e "SELECT CONCAT(COUNT(*), ' MAIL rows, ', SUM(status = 'SENT'), ' sent, ', SUM(status = 'DEAD'), ' dead') FROM outbox_message o WHERE $where")"
  {
    echo "== latency $(date -u +%FT%TZ): $line"
    echo "outbox: $rows"
    echo "CPU while measured (100% = one core): app $(cpu_pct $(( app1 - app0 )) "$secs")%, MariaDB $(cpu_pct $(( db1 - db0 )) "$secs")%, GreenMail $(cpu_pct $(( gm1 - gm0 )) "$secs")%, whole machine $(cpu_pct $(( busy1 - busy0 )) "$secs")% of $(( $(nproc) * 100 ))% (the generator's own CPU is in the FIXEDRATE line)"
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
