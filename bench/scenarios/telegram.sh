# Rep cards through the stub Bot API (bench/StubBotApi.java), which holds the bot to Telegram's
# limits on arrival (1 message/s per chat, 30/s per bot; more answers 429). Reps are linked the
# way a rep does it (API link code, "/start link-<code>" to the bot); deals assigned to them
# round robin come through POST /api/v1/deals at a fixed rate (bench/FixedRate.java, open model, with the reps as its REPS).
#   below the cap: BENCH_TG_RATE (20) cards/s over BENCH_TG_REPS (40) reps, BENCH_TG_WARMUP (120) s
#     warm-up, BENCH_TG_SECONDS (60) s measured: latency from the request to the stub, cards, 429s
#   above the cap: BENCH_TG_BURST_RATE (60) cards/s for BENCH_TG_BURST_SECONDS (20) s: drain rate,
#     429s, nothing lost, time to drain

start_stub_bot_api() { # start_stub_bot_api CLASSPATH PORT TOKEN LOG_FILE
  java -Xmx128m -cp "$1" StubBotApi "$2" "$3" "$4" >>"$OUT_DIR/stub-bot-api.log" 2>&1 &
  STUB_PID=$!
  STARTED_PIDS+=("$STUB_PID")
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$2/stub/stats" >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "stub Bot API did not start"; return 1
}

# create_reps DB COUNT -> prints the usernames, comma-separated. The API has no way to add a team
# member (only the demo data and the first admin do, in code), so the rows are written here, with ids
# from the table's own sequence (one NEXTVAL hands out 50, as Hibernate's pooled-lo reads it).
create_reps() {
  local db="$1" count="$2" i=0 block=0 id name names=()
  while (( i < count )); do
    (( i % 50 == 0 )) && block="$(sql "$db" -e "SELECT NEXTVAL(app_user_seq)")"
    id=$(( block + i % 50 ))
    printf -v name 'tgrep-%03d' "$(( i + 1 ))"
    sql "$db" -e "INSERT INTO app_user (id, username, display_name, email, role, active, created_at)
      VALUES ($id, '$name', 'Bench Rep $(( i + 1 ))', '$name@team.example', 'REP', TRUE, UTC_TIMESTAMP(6))"
    names+=("$name"); i=$(( i + 1 ))
  done
  (IFS=,; echo "${names[*]}")
}

# link_reps DB PORT STUB_PORT USERNAMES: each rep gets a code from the API and sends it to the bot
# from chat 700001, 700002 … one after the other (the bot's "Linked" answers are not paced)
link_reps() {
  local db="$1" port="$2" stub="$3" name id code chat n=0
  while read -r id name; do
    n=$(( n + 1 )); chat=$(( 700000 + n ))
    code="$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/team/$id/telegram-link-code" -H "X-Api-Key: $API_KEY" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["code"])')"
    curl -fsS -X POST "http://127.0.0.1:$stub/stub/message?chat=$chat&text=%2Fstart%20link-$code" >/dev/null
    for _ in $(seq 1 100); do [[ "$(curl -fsS "http://127.0.0.1:$stub/stub/sent?chat=$chat")" -ge 1 ]] && break; sleep 0.1; done
    sleep 0.1
  done < <(sql "$db" -e "SELECT id, username FROM app_user WHERE FIND_IN_SET(username, '$4') ORDER BY username")
  sql "$db" -e "SELECT COUNT(*) FROM app_user WHERE username LIKE 'tgrep-%' AND telegram_chat_id IS NOT NULL"
}

# load_arrivals DB LOG_FILE: the stub's sendMessage log as table bench_stub_arrival (at = arrival, UTC)
load_arrivals() {
  sql --local-infile=1 "$1" -e "
    DROP TABLE IF EXISTS bench_stub_arrival;
    CREATE TABLE bench_stub_arrival (at_us BIGINT, status INT, chat BIGINT, deal_id VARCHAR(20), KEY (deal_id));
    LOAD DATA LOCAL INFILE '$2' INTO TABLE bench_stub_arrival FIELDS TERMINATED BY ' ' (at_us, status, chat, deal_id);"
}

scenario_telegram() {
  local db=leadwire_bench_telegram rate="${BENCH_TG_RATE:-20}" reps="${BENCH_TG_REPS:-40}"
  local warmup="${BENCH_TG_WARMUP:-120}" seconds="${BENCH_TG_SECONDS:-60}"
  local burst_rate="${BENCH_TG_BURST_RATE:-60}" burst_seconds="${BENCH_TG_BURST_SECONDS:-20}"
  local arrivals="$OUT_DIR/stub-bot-api-arrivals.txt" tools stub_port token
  log "telegram: $reps reps; $rate cards/s (${warmup}s warm-up + ${seconds}s), then $burst_rate cards/s for ${burst_seconds}s"
  reset_db "$db"
  tools="$(compiled_tool StubBotApi)"; compiled_tool FixedRate >/dev/null
  stub_port="$(free_port 8185)"
  token="$(( 100000 + RANDOM )):bench$(random_secret)"
  start_stub_bot_api "$tools" "$stub_port" "$token" "$arrivals"
  PORT="$(free_port $(( stub_port + 1 )))"
  start_app telegram "$db" "$PORT" LEADWIRE_TELEGRAM_TOKEN="$token" LEADWIRE_TELEGRAM_BASEURL="http://127.0.0.1:$stub_port"
  PID="$APP_PID_telegram"
  wait_ready "$PORT" "$PID" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$PID"
  local names linked
  names="$(create_reps "$db" "$reps")"
  linked="$(link_reps "$db" "$PORT" "$stub_port" "$names")"
  log "$linked of $reps reps linked; warm-up ${warmup}s at $rate cards/s"
  java -cp "$tools" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$warmup" "$OUT_DIR/ids-telegram-warm.txt" tg-warm 0 \
    "$names" >"$OUT_DIR/fixedrate-telegram-warm.txt"
  wait_outbox_drained "$db" 120 || true

  # below the cap
  local since t0 t1 app0 app1 busy0 busy1 secs
  TG_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
  since="$(sql "$db" -e "SELECT UTC_TIMESTAMP(6)")"; t0="$(now_ms)"; app0="$(cpu_ticks "$PID")"; busy0="$(machine_busy_ticks)"
  java -cp "$tools" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$rate" "$seconds" "$OUT_DIR/ids-telegram.txt" tg-below 0 \
    "$names" >"$OUT_DIR/fixedrate-telegram-below.txt"
  t1="$(now_ms)"; app1="$(cpu_ticks "$PID")"; busy1="$(machine_busy_ticks)"; TG_LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  wait_outbox_drained "$db" 120 || true
  local until_below; until_below="$(sql "$db" -e "SELECT UTC_TIMESTAMP(6)")"

  # above the cap
  local burst_since burst_end
  burst_since="$(sql "$db" -e "SELECT UTC_TIMESTAMP(6)")"
  java -cp "$tools" FixedRate "http://127.0.0.1:$PORT" "$API_KEY" "$burst_rate" "$burst_seconds" "$OUT_DIR/ids-telegram-burst.txt" \
    tg-burst 0 "$names" >"$OUT_DIR/fixedrate-telegram-burst.txt"
  burst_end="$(sql "$db" -e "SELECT UTC_TIMESTAMP(6)")"
  wait_outbox_drained "$db" 300 || true
  load_arrivals "$db" "$arrivals"
  telegram_report "$db" "$since" "$until_below" "$burst_since" "$burst_end" "$rate" "$reps" "$linked" "$secs" \
    $(( app1 - app0 )) $(( busy1 - busy0 )) | tee -a "$OUT_DIR/results.txt"
  stop_app "$PID"
  kill "$STUB_PID" 2>/dev/null || true
}

# the TELEGRAM rows queued between two instants, and their first accepted arrival at the stub
telegram_rows() { # telegram_rows FROM TO
  echo "outbox_message o JOIN inbound_event e ON e.id = o.event_id
    LEFT JOIN (SELECT deal_id, MIN(at_us) AS at_us, COUNT(*) AS n FROM bench_stub_arrival WHERE status = 200 GROUP BY deal_id) a
      ON a.deal_id = o.deal_id
    WHERE o.channel = 'TELEGRAM' AND o.created_at >= '$1' AND o.created_at < '$2'"
}

telegram_report() {
  local db="$1" since="$2" until_below="$3" burst_since="$4" burst_end="$5" rate="$6" reps="$7" linked="$8" secs="$9"
  local app_ticks="${10}" busy_ticks="${11}"
  local below above; below="$(telegram_rows "$since" "$until_below")"; above="$(telegram_rows "$burst_since" '9999-01-01')"
  local arrival="FROM_UNIXTIME(a.at_us / 1000000)" utc="SET time_zone = '+00:00';"
  local ok_below ok_burst; ok_below="$(grep -o 'ok=[0-9]*' "$OUT_DIR/fixedrate-telegram-below.txt" | cut -d= -f2)"
  ok_burst="$(grep -o 'ok=[0-9]*' "$OUT_DIR/fixedrate-telegram-burst.txt" | cut -d= -f2)"
  local limited_below limited_above; limited_below="$(sql "$db" -e "$utc SELECT COUNT(*) FROM bench_stub_arrival
    WHERE status = 429 AND at_us >= UNIX_TIMESTAMP('$since') * 1000000 AND at_us < UNIX_TIMESTAMP('$until_below') * 1000000")"
  limited_above="$(sql "$db" -e "$utc SELECT COUNT(*) FROM bench_stub_arrival WHERE status = 429 AND at_us >= UNIX_TIMESTAMP('$burst_since') * 1000000")"
  echo "== telegram $(date -u +%FT%TZ): $linked of $reps reps linked through link codes; stub Bot API enforcing 1/s per chat, 30/s per bot"
  echo "-- warm-up: $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-telegram-warm.txt")"
  echo "-- below the cap: $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-telegram-below.txt")"
  echo "cards: $(sql "$db" -e "SELECT CONCAT(COUNT(*), ' TELEGRAM rows for $ok_below deals accepted, ', COALESCE(SUM(o.status = 'SENT'), 0),
    ' sent, ', COALESCE(SUM(o.status = 'DEAD'), 0), ' dead, ', COUNT(a.deal_id), ' arrived at the stub') FROM $below"); 429s from the stub: $limited_below"
  echo "CPU while measured (100% = one core): app $(cpu_pct "$app_ticks" "$secs")%, whole machine $(cpu_pct "$busy_ticks" "$secs")% of $(( $(nproc) * 100 ))%; load average $TG_LOAD_BEFORE -> $TG_LOAD_AFTER (other work on the machine shows here)"
  echo "stub arrival - request received: $(percentiles_of "$utc SELECT TIMESTAMPDIFF(MICROSECOND, e.received_at, $arrival) / 1000 FROM $below AND a.deal_id IS NOT NULL" "$db")"
  echo "sent_at - created_at (TELEGRAM rows): $(percentiles_of "SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, o.sent_at) / 1000 FROM $below AND o.status = 'SENT'" "$db")"
  local p99; p99="$(sql "$db" -e "$utc SELECT TIMESTAMPDIFF(MICROSECOND, e.received_at, $arrival) / 1000 FROM $below AND a.deal_id IS NOT NULL" |
    python3 -c 'import sys; v = sorted(float(x) for x in sys.stdin if x.strip()); print(v[max(0, -(-99 * len(v) // 100) - 1)] if v else 1e9)')"
  local all_below; all_below="$(sql "$db" -e "SELECT COUNT(a.deal_id) = $ok_below AND COUNT(*) = $ok_below FROM $below")"
  echo "target p99 < 500 ms (request received -> stub) at $rate cards/s, every card delivered, no 429: $(pass_fail "$(awk -v p="$p99" -v l="$limited_below" -v a="$all_below" 'BEGIN { if (p < 500 && l == 0 && a == 1) print 1 }')")"

  echo "-- above the cap: $(grep '^FIXEDRATE' "$OUT_DIR/fixedrate-telegram-burst.txt")"
  local drain; drain="$(sql "$db" -e "$utc SELECT CONCAT_WS(' ', COUNT(*), COUNT(a.deal_id), COALESCE(SUM(o.status = 'SENT'), 0),
      COALESCE(SUM(o.status = 'DEAD'), 0), COALESCE(SUM(a.n) - COUNT(a.deal_id), 0), COALESCE(ROUND((MAX(a.at_us) - MIN(a.at_us)) / 1e6, 1), 0),
      COALESCE(ROUND(MAX(a.at_us) / 1e6 - UNIX_TIMESTAMP('$burst_end'), 1), 0),
      COALESCE(ROUND(MAX(a.at_us) / 1e6 - UNIX_TIMESTAMP('$burst_since'), 1), 0)) FROM $above")"
  local rows arrived sent dead twice span after total
  read -r rows arrived sent dead twice span after total <<<"$drain"
  local drain_rate; drain_rate="$(awk -v n="$arrived" -v s="$span" 'BEGIN { if (s > 0) printf "%.1f", (n - 1) / s; else print 0 }')"
  local busiest; busiest="$(sql "$db" -e "SELECT COUNT(*) FROM bench_stub_arrival WHERE status = 200 AND at_us >= (SELECT MIN(at_us) FROM bench_stub_arrival
      WHERE deal_id IN (SELECT deal_id FROM outbox_message WHERE channel = 'TELEGRAM' AND created_at >= '$burst_since'))
      GROUP BY at_us DIV 1000000 ORDER BY at_us DIV 1000000" | tr '\n' ' ')"
  echo "cards: $rows TELEGRAM rows for $ok_burst deals accepted, $sent sent, $dead dead; $arrived arrived at the stub ($(( ok_burst - arrived )) lost, $twice twice); 429s from the stub: $limited_above"
  echo "drain: ${drain_rate} cards/s from the first to the last card (${span} s); the last card arrived ${after} s after the load stopped (${total} s after it began)"
  echo "cards accepted per wall-clock second: $busiest"
  echo "target drain at the cap (>= 27/s), no 429, none lost: $(pass_fail "$(awk -v r="$drain_rate" -v l="$limited_above" -v a="$arrived" -v o="$ok_burst" -v d="$dead" \
    'BEGIN { if (r >= 27 && l == 0 && a == o && d == 0) print 1 }')")"
}
