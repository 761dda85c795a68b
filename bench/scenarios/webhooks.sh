# Webhook delivery latency: deals at a fixed 50/s, each posted to a local receiver subscribed to
# DEAL_CREATED (bench/WebhookReceiver.java); p50/p99 of the receiver's arrival time minus the deal's
# createdAt carried in the payload (the intake wrote the deal then), and minus the delivery's occurredAt.

webhooks_drained() { # webhooks_drained DB: the outbox empty (through the API on H2), or given up on after 2 minutes
  if on_h2; then wait_outbox_drained_api "$PORT" 120; else wait_outbox_drained "$1" 120; fi || true
}

scenario_webhooks() {
  local db=leadwire_bench_webhooks rate="${BENCH_WH_RATE:-50}" seconds="${BENCH_WH_SECONDS:-60}" warmup="${BENCH_WH_WARMUP:-60}"
  log "webhooks: $rate deals/s for ${seconds}s (after ${warmup}s of warm-up), each posted to a local receiver"
  reset_db "$db"
  local receiver_port secret="whsec_bench_$(random_secret)" arrivals="$OUT_DIR/webhook-arrivals.txt" flag="$OUT_DIR/webhook-recording"
  rm -f "$arrivals" "$flag"
  receiver_port="$(free_port 8190)"
  java -cp "$(compiled_tool WebhookReceiver)" WebhookReceiver "$receiver_port" "$secret" "$arrivals" "$flag" >>"$OUT_DIR/webhook-receiver.log" 2>&1 &
  local receiver_pid=$!
  STARTED_PIDS+=("$receiver_pid")
  PORT="$(free_port $(( receiver_port + 1 )))"
  # the receiver is on 127.0.0.1, which webhooks may only call with this setting
  start_app webhooks "$db" "$PORT" LEADWIRE_WEBHOOKS_ALLOWPRIVATEADDRESSES=true
  PID="$APP_PID_webhooks"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$PID"
  local created
  created="$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/webhooks" -H 'Content-Type: application/json' -H "X-Api-Key: $API_KEY" \
    --data "{\"name\":\"bench\",\"url\":\"http://127.0.0.1:$receiver_port/hook\",\"events\":[\"DEAL_CREATED\"],\"secret\":\"$secret\"}")"
  local subscription; subscription="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["id"])' "$created")"
  local generator; generator="$(compiled_tool FixedRate)"
  java -cp "$generator" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$warmup" "$OUT_DIR/ids-webhooks-warm.txt" webhooks-warm 1000 >/dev/null
  webhooks_drained "$db"
  touch "$flag"
  local t0 app0 busy0 t1 app1 busy1
  t0="$(now_ms)"; app0="$(cpu_ticks "$PID")"; busy0="$(machine_busy_ticks)"
  java -cp "$generator" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$seconds" "$OUT_DIR/ids-webhooks.txt" webhooks 1000 \
    >"$OUT_DIR/fixedrate-webhooks.txt"
  t1="$(now_ms)"; app1="$(cpu_ticks "$PID")"; busy1="$(machine_busy_ticks)"
  webhooks_drained "$db"
  rm -f "$flag"
  local secs; secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  local accepted; accepted="$(wc -l <"$OUT_DIR/ids-webhooks.txt")"
  local statuses; statuses="$(curl -fsS -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$PORT/api/v1/webhooks/$subscription/deliveries?limit=500" |
    python3 -c 'import json, sys, collections; print(dict(collections.Counter(d["status"] for d in json.load(sys.stdin))))')"
  {
    echo "== webhooks $(date -u +%FT%TZ) on ${BENCH_DB:-mariadb}, in flight per receiver ${LEADWIRE_WEBHOOKS_INFLIGHTPERHOST:-4}, in all ${LEADWIRE_WEBHOOKS_INFLIGHTTOTAL:-8}: $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-webhooks.txt")"
    echo "deals accepted while measured: $accepted; app CPU $(cpu_pct $(( app1 - app0 )) "$secs")% of one core, whole machine $(cpu_pct $(( busy1 - busy0 )) "$secs")% of $(( $(nproc) * 100 ))%, load average $(cut -d' ' -f1-3 /proc/loadavg); newest 500 deliveries: $statuses"
    python3 - "$arrivals" "$accepted" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, -(-int(q * len(values) * 1000) // 1000) - 1))] if values else float("nan")
created = [int(r[0]) - int(r[1]) for r in rows if int(r[1]) > 0]
occurred = [int(r[0]) - int(r[2]) for r in rows if int(r[2]) > 0]
bad = sum(1 for r in rows if r[3] != "1")
ids = [r[4] for r in rows]
print(f"received {len(rows)} deliveries ({len(ids) - len(set(ids))} repeats, {bad} with a signature that does not verify) for {sys.argv[2]} deals")
print(f"arrival - deal createdAt: p50 {pct(created, .5)} ms, p90 {pct(created, .9)} ms, p99 {pct(created, .99)} ms, max {max(created, default=0)} ms")
print(f"arrival - delivery occurredAt: p50 {pct(occurred, .5)} ms, p99 {pct(occurred, .99)} ms")
print("target p99 < 1000 ms (arrival - deal createdAt): " + ("PASS" if created and pct(created, .99) < 1000 and len(rows) >= int(sys.argv[2]) and bad == 0 else "FAIL"))
PY
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
  kill "$receiver_pid" 2>/dev/null || true
}
