# Fault tests: kill -9 under load, two nodes on one database, MariaDB restarted under load.
# Each ends with the same checks: every 2xx is in inbound_event, every outbox row ends SENT,
# and the SMTP sink's count per X-Leadwire-Key shows how many messages came more than once.

# Outbox claims of a killed node run out after this (the default is 2 minutes).
FAULT_APP_ENV=(LEADWIRE_OUTBOX_CLAIMTIMEOUT=15s SPRING_MAIL_HOST=127.0.0.1)

# delivery_report DB KEYFILE -> prints lines; sets DELIVERY_OK (1/0) and DUPLICATES
delivery_report() {
  local db="$1" keys="$2"
  local status; status="$(sql "$db" -e "SELECT CONCAT(COUNT(*), ' rows: ', SUM(status = 'SENT'), ' SENT, ', SUM(status = 'PENDING'), ' PENDING, ', SUM(status = 'SENDING'), ' SENDING, ', SUM(status = 'DEAD'), ' DEAD') FROM outbox_message WHERE channel = 'MAIL'")"
  local not_sent; not_sent="$(sql "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE channel = 'MAIL' AND status <> 'SENT'")"
  local lost; lost="$(sql --local-infile=1 "$db" -e "
    CREATE TEMPORARY TABLE received (k VARCHAR(300) PRIMARY KEY);
    LOAD DATA LOCAL INFILE '$keys' IGNORE INTO TABLE received (k);
    SELECT COUNT(*) FROM outbox_message o LEFT JOIN received r ON r.k = o.idempotency_key WHERE o.channel = 'MAIL' AND r.k IS NULL;")"
  DUPLICATES="$(sort "$keys" | uniq -d | wc -l)"
  local extra; extra="$(sort "$keys" | uniq -c | awk '$1 > 1 { n += $1 - 1 } END { print n + 0 }')"
  echo "outbox MAIL: $status"
  echo "SMTP sink: $(wc -l <"$keys") messages, $(sort -u "$keys" | wc -l) distinct keys, $DUPLICATES keys received more than once ($extra extra copies); $lost SENT rows never reached the sink"
  DELIVERY_OK="$([[ "$not_sent" == 0 && "$lost" == 0 ]] && echo 1 || echo 0)"
}

# acked_report DB RUN_TAGS... -> prints a line; sets ACKED_OK
acked_report() {
  local db="$1"; shift
  local file="$OUT_DIR/ids-acked-$db.txt"
  : >"$file"
  for tag in "$@"; do cat "$OUT_DIR"/ids-"$tag"-*.txt >>"$file" 2>/dev/null || true; done
  local missing; missing="$(missing_ids "$db" "$file")"
  echo "acknowledged (2xx) events: $(wc -l <"$file"); missing from inbound_event: $missing"
  ACKED_OK="$([[ "$missing" == 0 ]] && echo 1 || echo 0)"
}

scenario_kill() {
  if on_h2; then scenario_kill_h2; return; fi
  local db=leadwire_bench_kill keys="$OUT_DIR/smtp-kill-keys.txt" smtp_port
  log "kill: kill -9 of the app under load, then restart"
  reset_db "$db"; rm -f "$keys" "$OUT_DIR"/ids-kill-*
  smtp_port="$(free_port 8190)"
  start_smtp_sink "$smtp_port" "$keys"
  PORT="$(free_port)"
  start_app kill1 "$db" "$PORT" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$PORT" "$APP_PID_kill1" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$APP_PID_kill1"
  wrk_load "$PORT" 25 kill-before "$CONNS" "$WRK_THREADS" &
  local wrk_pid=$!
  sleep 15
  kill -9 "$APP_PID_kill1"
  local sending; sending="$(sql "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING'")"
  local pending; pending="$(sql "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")"
  log "killed the app with kill -9 under load; $sending outbox rows were claimed (mid-send), $pending pending"
  wait "$wrk_pid" || true
  start_app kill2 "$db" "$PORT" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$PORT" "$APP_PID_kill2" "$START_TIMEOUT"
  wrk_load "$PORT" 10 kill-after "$CONNS" "$WRK_THREADS"
  wait_outbox_drained "$db" 300 || true
  {
    echo "== kill -9 under load $(date -u +%FT%TZ)"
    echo "before the kill: $(grep '^BENCH' "$OUT_DIR/wrk-kill-before.txt")"
    echo "after the restart: $(grep '^BENCH' "$OUT_DIR/wrk-kill-after.txt")"
    acked_report "$db" kill-before kill-after
    delivery_report "$db" "$keys"
    echo "rows mid-send (SENDING) at the kill: $sending -> duplicates allowed: at most $sending, seen: $DUPLICATES"
    echo "check acknowledged = durable: $(pass_fail "$ACKED_OK")"
    echo "check all delivered, duplicates only from rows mid-send: $(pass_fail "$([[ "$DELIVERY_OK" == 1 && "$DUPLICATES" -le "$sending" ]] && echo 1)")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$APP_PID_kill2"
  kill "$SMTP_PID" 2>/dev/null || true
}

# The same kill -9 on the embedded default (H2, the URL the jar ships). While the app runs it holds
# the database files, and no client can read them. So the checks read a copy of the files taken
# right after the kill (what the restarted app finds: a write() the killed process made is in the
# OS page cache, which kill -9 leaves alone) and the files after the final graceful stop, with
# bench/H2Sql.java; the outbox is watched through GET /api/v1/outbox.
scenario_kill_h2() {
  local db=leadwire_bench_kill_h2 keys="$OUT_DIR/smtp-kill-h2-keys.txt" smtp_port
  local at_kill="$db-at-kill"
  log "kill (H2): kill -9 of the app under load, then restart; $(h2_url "$db")"
  reset_db "$db"; reset_db "$at_kill"; rm -f "$keys" "$OUT_DIR"/ids-kill-*
  smtp_port="$(free_port 8190)"
  start_smtp_sink "$smtp_port" "$keys"
  PORT="$(free_port)"
  start_app kill1 "$db" "$PORT" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$PORT" "$APP_PID_kill1" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$APP_PID_kill1"
  wrk_load "$PORT" 25 kill-before "$CONNS" "$WRK_THREADS" &
  local wrk_pid=$!
  sleep 15
  kill -9 "$APP_PID_kill1"
  while kill -0 "$APP_PID_kill1" 2>/dev/null; do sleep 0.05; done
  cp -a "$OUT_DIR/h2/$db" "$OUT_DIR/h2/$at_kill"
  log "killed the app with kill -9 under load; its files copied to $OUT_DIR/h2/$at_kill"
  wait "$wrk_pid" || true
  start_app kill2 "$db" "$PORT" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$PORT" "$APP_PID_kill2" "$START_TIMEOUT"
  wrk_load "$PORT" 10 kill-after "$CONNS" "$WRK_THREADS"
  wait_outbox_drained_api "$PORT" 300 || true
  stop_app "$APP_PID_kill2"
  kill "$SMTP_PID" 2>/dev/null || true

  cat "$OUT_DIR"/ids-kill-before-*.txt >"$OUT_DIR/ids-acked-$at_kill.txt"
  cat "$OUT_DIR"/ids-kill-before-*.txt "$OUT_DIR"/ids-kill-after-*.txt >"$OUT_DIR/ids-acked-$db.txt"
  local lost_at_kill sending pending missing
  read -r lost_at_kill sending pending < <(h2_sql "$at_kill" --load answered="$OUT_DIR/ids-acked-$at_kill.txt" "
    SELECT (SELECT COUNT(*) FROM answered a LEFT JOIN inbound_event e ON e.id = CAST(a.v AS BIGINT) WHERE e.id IS NULL),
           (SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING'),
           (SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING')")
  missing="$(h2_sql "$db" --load answered="$OUT_DIR/ids-acked-$db.txt" \
    "SELECT COUNT(*) FROM answered a LEFT JOIN inbound_event e ON e.id = CAST(a.v AS BIGINT) WHERE e.id IS NULL")"
  local status not_sent lost_mail
  IFS=$'\t' read -r status not_sent lost_mail < <(h2_sql "$db" --load received="$keys" "
    SELECT CONCAT(COUNT(*), ' rows: ', SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), ' SENT, ',
             SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), ' PENDING, ', SUM(CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END),
             ' SENDING, ', SUM(CASE WHEN status = 'DEAD' THEN 1 ELSE 0 END), ' DEAD'),
           SUM(CASE WHEN status <> 'SENT' THEN 1 ELSE 0 END),
           (SELECT COUNT(*) FROM outbox_message o WHERE o.channel = 'MAIL' AND NOT EXISTS (SELECT 1 FROM received r WHERE r.v = o.idempotency_key))
    FROM outbox_message WHERE channel = 'MAIL'")
  DUPLICATES="$(sort "$keys" | uniq -d | wc -l)"
  local extra; extra="$(sort "$keys" | uniq -c | awk '$1 > 1 { n += $1 - 1 } END { print n + 0 }')"
  {
    echo "== kill -9 under load on H2 $(date -u +%FT%TZ): $(h2_url "$db")"
    echo "before the kill: $(grep '^BENCH' "$OUT_DIR/wrk-kill-before.txt")"
    echo "after the restart: $(grep '^BENCH' "$OUT_DIR/wrk-kill-after.txt")"
    echo "at the kill: $(wc -l <"$OUT_DIR/ids-acked-$at_kill.txt") acknowledged (2xx) events; missing from inbound_event in the files the kill left: $lost_at_kill"
    echo "acknowledged (2xx) events: $(wc -l <"$OUT_DIR/ids-acked-$db.txt"); missing from inbound_event at the end: $missing"
    echo "outbox MAIL: $status"
    echo "SMTP sink: $(wc -l <"$keys") messages, $(sort -u "$keys" | wc -l) distinct keys, $DUPLICATES keys received more than once ($extra extra copies); $lost_mail MAIL rows never reached the sink"
    echo "rows mid-send (SENDING) at the kill: $sending ($pending PENDING) -> duplicates allowed: at most $sending, seen: $DUPLICATES"
    echo "check acknowledged = durable: $(pass_fail "$([[ "$lost_at_kill" == 0 && "$missing" == 0 ]] && echo 1)")"
    echo "check all delivered, duplicates only from rows mid-send: $(pass_fail "$([[ "$not_sent" == 0 && "$lost_mail" == 0 && "$DUPLICATES" -le "$sending" ]] && echo 1)")"
  } | tee -a "$OUT_DIR/results.txt"
}

scenario_two_nodes() {
  local db=leadwire_bench_two keys="$OUT_DIR/smtp-two-keys.txt" smtp_port port_a port_b
  log "two-nodes: two app instances on one database, load on both (the same e-mails on both)"
  reset_db "$db"; rm -f "$keys" "$OUT_DIR"/ids-node-*
  smtp_port="$(free_port 8190)"
  start_smtp_sink "$smtp_port" "$keys"
  port_a="$(free_port)"
  start_app nodeA "$db" "$port_a" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$port_a" "$APP_PID_nodeA" "$START_TIMEOUT"
  port_b="$(free_port $(( port_a + 1 )))"
  start_app nodeB "$db" "$port_b" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port"
  wait_ready "$port_b" "$APP_PID_nodeB" "$START_TIMEOUT"
  wait_first_accept "$port_a" "$APP_PID_nodeA"
  wait_first_accept "$port_b" "$APP_PID_nodeB"
  local half=$(( CONNS / 2 ))
  BENCH_EMAILS=both wrk_load "$port_a" 20 node-a "$half" 1 &
  local wa=$!
  BENCH_EMAILS=both wrk_load "$port_b" 20 node-b "$half" 1 &
  local wb=$!
  wait "$wa" "$wb" || true
  sleep 3
  wait_outbox_drained "$db" 300 || true
  local contacts stored_distinct dup_emails
  contacts="$(sql "$db" -e "SELECT COUNT(*) FROM contact c WHERE NOT EXISTS (SELECT 1 FROM contact_email e WHERE e.contact_id = c.id AND e.email LIKE 'probe-%')")"
  stored_distinct="$(sql "$db" -e "SELECT COUNT(DISTINCT LOWER(TRIM(COALESCE(JSON_VALUE(payload, '\$.contact.email'), JSON_VALUE(payload, '\$.email'))))) FROM inbound_event WHERE payload NOT LIKE '%probe-%'")"
  {
    echo "== two nodes on one database $(date -u +%FT%TZ)"
    echo "node A: $(grep '^BENCH' "$OUT_DIR/wrk-node-a.txt")"
    echo "node B: $(grep '^BENCH' "$OUT_DIR/wrk-node-b.txt")"
    acked_report "$db" node-a node-b
    delivery_report "$db" "$keys"
    echo "contacts: $contacts for $stored_distinct distinct e-mails in the stored events (both nodes sent the same e-mails at the same time)"
    echo "check acknowledged = durable: $(pass_fail "$ACKED_OK")"
    echo "check every outbox row delivered exactly once: $(pass_fail "$([[ "$DELIVERY_OK" == 1 && "$DUPLICATES" == 0 ]] && echo 1)") (duplicates: $DUPLICATES)"
    echo "check one contact per e-mail across nodes: $(pass_fail "$([[ "$contacts" == "$stored_distinct" ]] && echo 1)")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$APP_PID_nodeA"
  stop_app "$APP_PID_nodeB"
  kill "$SMTP_PID" 2>/dev/null || true
}

# MariaDB restarted under load. Not the shared server on 3306 (other people's tests use it):
# a private MariaDB of the same build on its own port and data directory, removed at the end.
scenario_db_restart() {
  local db=leadwire_bench_dbrestart keys="$OUT_DIR/smtp-dbrestart-keys.txt" smtp_port
  local private_port datadir="$OUT_DIR/mariadb-private"
  private_port="$(free_port 8180)"
  log "db-restart: private MariaDB on port $private_port ($datadir)"
  rm -rf "$datadir"; mkdir -p "$datadir"; chown mysql:mysql "$datadir"
  mariadb-install-db --no-defaults --user=mysql --datadir="$datadir" --auth-root-authentication-method=normal \
    --skip-test-db >"$OUT_DIR/mariadb-private-install.log" 2>&1
  start_private_mariadb() {
    /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$datadir" --port="$private_port" --bind-address=127.0.0.1 \
      --socket="$datadir/mysqld.sock" --pid-file="$datadir/mysqld.pid" --skip-log-bin --innodb-buffer-pool-size=256M \
      --max-connections=200 >>"$OUT_DIR/mariadb-private.log" 2>&1 &
    PRIVATE_DB_PID=$!
    STARTED_PIDS+=("$PRIVATE_DB_PID")
    for _ in $(seq 1 100); do
      mariadb-admin -h 127.0.0.1 -P "$private_port" -uroot ping >/dev/null 2>&1 && return 0
      sleep 0.2
    done
    log "private MariaDB did not start"; return 1
  }
  start_private_mariadb
  local saved_port="$DB_PORT"
  DB_PORT="$private_port"
  reset_db "$db"; rm -f "$keys" "$OUT_DIR"/ids-dbr-*
  smtp_port="$(free_port 8190)"
  start_smtp_sink "$smtp_port" "$keys"
  PORT="$(free_port)"
  start_app dbr "$db" "$PORT" "${FAULT_APP_ENV[@]}" SPRING_MAIL_PORT="$smtp_port" SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT=5000
  wait_ready "$PORT" "$APP_PID_dbr" "$START_TIMEOUT"
  wait_first_accept "$PORT" "$APP_PID_dbr"
  wrk_load "$PORT" 45 dbr "$CONNS" "$WRK_THREADS" &
  local wrk_pid=$!
  sleep 12
  local queued; queued="$(sql "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'")"
  mariadb-admin -h 127.0.0.1 -P "$private_port" -uroot shutdown
  local down_at; down_at="$(now_ms)"
  log "MariaDB shut down under load ($queued outbox rows not yet sent); restarting in 10 s"
  sleep 10
  start_private_mariadb
  log "MariaDB back after $(( $(now_ms) - down_at )) ms"
  wait "$wrk_pid" || true
  wait_outbox_drained "$db" 300 || true
  {
    echo "== MariaDB restarted under load $(date -u +%FT%TZ) (private instance on port $private_port, down ~10 s)"
    echo "load: $(grep '^BENCH' "$OUT_DIR/wrk-dbr.txt")"
    acked_report "$db" dbr
    delivery_report "$db" "$keys"
    echo "outbox rows queued and not yet sent at the shutdown: $queued"
    echo "check acknowledged = durable (no false 2xx during the outage): $(pass_fail "$ACKED_OK")"
    echo "check all queued messages delivered after recovery: $(pass_fail "$DELIVERY_OK") (duplicates: $DUPLICATES)"
    echo "app readiness after recovery: $(curl -s "http://127.0.0.1:$PORT/actuator/health/readiness")"
  } | tee -a "$OUT_DIR/results.txt"
  stop_app "$APP_PID_dbr"
  kill "$SMTP_PID" 2>/dev/null || true
  mariadb-admin -h 127.0.0.1 -P "$private_port" -uroot shutdown 2>/dev/null || true
  DB_PORT="$saved_port"
  rm -rf "$datadir"
}
