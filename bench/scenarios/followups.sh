# The follow-up sender with 100k leads in a lead group on MariaDB: the app migrates a fresh
# database and runs with its mail going to the SMTP sink (arrival times on); FollowUpBench.java
# seeds the leads over JDBC (contacts, deals, ACTIVE follow-ups of one group, lead members, each
# follow-up's first step as a PENDING timer), then makes BENCH_FOLLOWUPS_WARMUP (6000) of those steps
# fall due at BENCH_FOLLOWUPS_RATE (200) per second to warm the app up, then BENCH_FOLLOWUPS_DUE (the
# rest) at the same rate; the app's own timers, outbox and SMTP client send them. Then the e-mails/s
# reached and the lateness (SMTP arrival - due time) of the measured ones. Target: 200/s, within 1 s.

# await_sink FILE COUNT TIMEOUT_S: until the sink holds COUNT first-step e-mails, with progress every 5 s
await_sink() {
  local deadline=$(( SECONDS + $3 )) arrived=0
  while (( SECONDS < deadline )); do
    arrived="$(grep -c 'step-1' "$1" 2>/dev/null || true)"
    (( arrived >= $2 )) && return 0
    sleep 5
    log "followups: ${arrived:-0} of $2 arrived"
  done
  log "followups: only ${arrived:-0} of $2 arrived in $3 s"
}

scenario_followups() {
  local db=leadwire_bench_followups leads="${BENCH_FOLLOWUPS_LEADS:-100000}" rate="${BENCH_FOLLOWUPS_RATE:-200}"
  local warmup="${BENCH_FOLLOWUPS_WARMUP:-6000}" smtp_port sink="$OUT_DIR/followups-sink.txt"
  local due="${BENCH_FOLLOWUPS_DUE:-$(( leads - warmup ))}"
  local tool=(java -cp "$MARIADB_JAR" "$BENCH_DIR/FollowUpBench.java") url="jdbc:mariadb://$DB_HOST:$DB_PORT/$db"
  reset_db "$db"
  rm -f "$sink"
  smtp_port="$(free_port 8190)"
  start_smtp_sink "$smtp_port" "$sink" times
  PORT="$(free_port)"
  start_app followups "$db" "$PORT" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$smtp_port"
  PID="$APP_PID_followups"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  log "followups: seeding $leads leads in a group over JDBC"
  "${tool[@]}" seed "$url" "$leads" "http://127.0.0.1:$PORT" "$API_KEY" >"$OUT_DIR/followups.txt" 2>&1
  log "followups: warm-up, $warmup first e-mails due at $rate/s"
  "${tool[@]}" start "$url" 0 "$warmup" "$rate" >>"$OUT_DIR/followups.txt" 2>&1
  await_sink "$sink" "$warmup" $(( warmup / rate + 120 ))
  local ticks0 busy0 started=$SECONDS
  ticks0="$(cpu_ticks "$PID")"; busy0="$(machine_busy_ticks)"
  "${tool[@]}" start "$url" "$warmup" "$due" "$rate" >>"$OUT_DIR/followups.txt" 2>&1
  log "followups: $due first e-mails due at $rate/s; waiting for them at the sink"
  await_sink "$sink" $(( warmup + due )) $(( due / rate + 180 ))
  local seconds=$(( SECONDS - started ))
  local app_cpu machine
  app_cpu="$(cpu_pct $(( $(cpu_ticks "$PID") - ticks0 )) "$seconds")"
  machine="$(cpu_pct $(( $(machine_busy_ticks) - busy0 )) "$seconds")"
  "${tool[@]}" measure "$url" "$sink" "$warmup" >>"$OUT_DIR/followups.txt" 2>&1
  # the dashboard (with its lead-management section) over these 100k leads and their e-mails, as the panel asks for it
  local times=()
  for _ in $(seq 1 10); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$PORT/api/v1/dashboard")")
  done
  echo "DASHBOARD GET /api/v1/dashboard (last 30 days) 10 times, seconds sorted: $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')" \
    >>"$OUT_DIR/followups.txt"
  {
    echo "== followups $(date -u +%FT%TZ) at $(cd "$REPO_DIR" && git describe --always --dirty) on MariaDB $(sql -e 'SELECT VERSION()')"
    grep -E '^(SEEDED|DUE|SENT|RATE|LATENESS|OUTBOX|DASHBOARD)' "$OUT_DIR/followups.txt" || cat "$OUT_DIR/followups.txt"
    echo "app CPU ${app_cpu}% of one core, machine ${machine}% of one core, over ${seconds} s; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
}
