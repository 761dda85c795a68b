# Forged payment callbacks: wrk floods POST /api/v1/payments/stripe with a Stripe-Signature no
# secret made. Prints the refusals per second, the CPU each costs the app and MariaDB, the database
# writes and log lines the flood caused, and whether every refusal was counted.

# writes_and_fsyncs -> "<inserts + updates> <fsyncs>" of the whole MariaDB server so far
writes_and_fsyncs() {
  sql -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_insert', 'Com_update', 'Innodb_data_fsyncs')" |
    awk '$1 == "Innodb_data_fsyncs" { f = $2 } $1 != "Innodb_data_fsyncs" { w += $2 } END { print w, f }'
}

scenario_forged() {
  local db=leadwire_bench_forged seconds="${BENCH_FORGED_SECONDS:-20}" warmup="${BENCH_FORGED_WARMUP:-60}"
  log "forged: $CONNS connections send forged Stripe signatures, ${warmup}s warm-up + ${seconds}s"
  reset_db "$db"
  rm -f "$OUT_DIR/forged.log"
  PORT="$(free_port)"
  start_app forged "$db" "$PORT" LEADWIRE_STRIPE_WEBHOOK_SECRET="whsec_$(random_secret)"
  PID="$APP_PID_forged"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  local script="$OUT_DIR/forged.lua" url="http://127.0.0.1:$PORT/api/v1/payments/stripe"
  wrk_post_script '{"id":"evt_forged","object":"event","type":"payment_intent.succeeded","data":{"object":{}}}' \
    "Content-Type: application/json" \
    "Stripe-Signature: t=1700000000,v1=0000000000000000000000000000000000000000000000000000000000000000" >"$script"
  wrk -t"$WRK_THREADS" -c"$CONNS" -d"${warmup}s" -s "$script" "$url" >"$OUT_DIR/wrk-forged-warm.txt"

  local dbpid app0 db0 app1 db1 t0 t1 writes0 writes1 fsyncs0 fsyncs1 lines0 lines1
  dbpid="$(mariadb_pid)"
  read -r writes0 fsyncs0 < <(writes_and_fsyncs)
  lines0="$(wc -l <"$OUT_DIR/forged.log")"
  app0="$(cpu_ticks "$PID")"; db0="$(cpu_ticks "$dbpid")"; t0="$(now_ms)"
  wrk -t"$WRK_THREADS" -c"$CONNS" -d"${seconds}s" --latency -s "$script" "$url" >"$OUT_DIR/wrk-forged.txt"
  app1="$(cpu_ticks "$PID")"; db1="$(cpu_ticks "$dbpid")"; t1="$(now_ms)"
  read -r writes1 fsyncs1 < <(writes_and_fsyncs)
  lines1="$(wc -l <"$OUT_DIR/forged.log")"
  sleep 3 # the counts kept in memory reach the table

  local secs refused refused_warm counted
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  refused="$(awk '/Non-2xx/ { print $NF }' "$OUT_DIR/wrk-forged.txt")"
  refused_warm="$(awk '/Non-2xx/ { print $NF }' "$OUT_DIR/wrk-forged-warm.txt")"
  counted="$(sql "$db" -e "SELECT COALESCE(SUM(rejected), 0) FROM channel_rejection")"
  ms_per() { awk -v t="$1" -v n="$refused" -v h="$CLK_TCK" 'BEGIN { printf "%.3f", t / h * 1000 / n }'; }
  {
    echo "== forged $(date -u +%FT%TZ): $refused refused in ${secs}s ($(awk -v n="$refused" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')/s), $CONNS connections"
    grep -E "^ +(50|99)%" "$OUT_DIR/wrk-forged.txt" | awk '{ sub(/%/, "", $1); printf "latency p%s %s  ", $1, $2 } END { print "" }'
    echo "per refusal: app CPU $(ms_per $(( app1 - app0 ))) ms, MariaDB CPU $(ms_per $(( db1 - db0 ))) ms"
    echo "while measured: $(( writes1 - writes0 )) MariaDB inserts+updates, $(( fsyncs1 - fsyncs0 )) fsyncs, $(( lines1 - lines0 )) app log lines"
    echo "counted in channel_rejection: $counted for $(( refused + refused_warm )) refusals wrk saw (it does not see the answers in flight when it stops)"
    echo "check every refusal counted: $(pass_fail "$(awk -v c="$counted" -v r="$(( refused + refused_warm ))" -v k="$CONNS" 'BEGIN { if (c >= r && c <= r + 2 * k) print 1 }')")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
