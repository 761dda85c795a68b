# Floor: what the web stack alone costs per request on this machine. bench/floor is a Spring Boot
# app with nothing of Leadwire: POST /api/v1/deals parses the JSON body and answers an id, stores
# nothing. Three runs, each adding a layer Leadwire's intake requests pass through: mvc (Tomcat,
# Spring MVC, Jackson), security (+ a Spring Security chain checking an API key), camel (+ a YAML
# platform-http route on the request thread instead of a controller). Same wrk load as the
# throughput scenario: 16 connections, 2 threads, BENCH_FLOOR_WARMUP (60) s, then
# BENCH_FLOOR_SECONDS (30) s measured.

ensure_floor_jar() {
  local dir="$BENCH_DIR/floor" jar="$BENCH_DIR/floor/target/floor-1.jar"
  # the camel layer compiles the app's own engine class into the floor jar
  local engine="$REPO_DIR/src/main/java/com/leadwire/shared/web/RequestThreadPlatformHttp.java"
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$dir/src" "$dir/pom.xml" "$engine" -newer "$jar" -type f -print -quit)" ]]; then
    log "building bench/floor (./mvnw -B -q -f bench/floor/pom.xml -DskipTests package)"
    (cd "$REPO_DIR" && ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package) >&2
  fi
  FLOOR_JAR="$jar"
}

# floor_accepts PORT PID: the first POST answered 201 (Tomcat answers before the routes are registered)
floor_accepts() {
  local port="$1" pid="$2" deadline=$(( $(date +%s) + 120 ))
  while (( $(date +%s) < deadline )); do
    kill -0 "$pid" 2>/dev/null || return 1
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'X-Api-Key: floor-key' \
      --data '{}' "http://127.0.0.1:$port/api/v1/deals")" == 201 ]] && return 0
    sleep 0.2
  done
  return 1
}

scenario_floor() {
  local warmup="${BENCH_FLOOR_WARMUP:-60}" seconds="${BENCH_FLOOR_SECONDS:-30}" script="$OUT_DIR/floor.lua" layer
  ensure_floor_jar
  wrk_post_script '{"source":"leads-autocloud","contact":{"email":"floor@bench.example","name":"Floor"},"deal":{"products":["autocloud"]}}' \
    "Content-Type: application/json" "X-Api-Key: floor-key" >"$script"
  log "floor: the web stack alone, layers mvc, security, camel; $CONNS connections, ${warmup}s warm-up + ${seconds}s each"
  echo "== floor $(date -u +%FT%TZ): POST /api/v1/deals answered without Leadwire behind it, $CONNS connections / $WRK_THREADS threads, ${warmup}s warm-up + ${seconds}s" |
    tee -a "$OUT_DIR/results.txt"
  for layer in mvc security camel; do
    local port pid url app0 app1 busy0 busy1 t0 t1
    port="$(free_port)"; url="http://127.0.0.1:$port/api/v1/deals"
    java ${BENCH_JAVA_OPTS:-} -jar "$FLOOR_JAR" --spring.profiles.active="$layer" --server.port="$port" >"$OUT_DIR/floor-$layer.log" 2>&1 &
    pid=$!; STARTED_PIDS+=("$pid")
    floor_accepts "$port" "$pid" || { log "floor app ($layer) did not start"; return 1; }
    wrk -t"$WRK_THREADS" -c"$CONNS" -d"${warmup}s" -s "$script" "$url" >"$OUT_DIR/wrk-floor-$layer-warm.txt"
    app0="$(cpu_ticks "$pid")"; busy0="$(machine_busy_ticks)"; t0="$(now_ms)"
    wrk -t"$WRK_THREADS" -c"$CONNS" -d"${seconds}s" --latency -s "$script" "$url" >"$OUT_DIR/wrk-floor-$layer.txt"
    app1="$(cpu_ticks "$pid")"; busy1="$(machine_busy_ticks)"; t1="$(now_ms)"
    stop_app "$pid"
    awk -v layer="$layer" -v app=$(( app1 - app0 )) -v busy=$(( busy1 - busy0 )) -v ms=$(( t1 - t0 )) -v hz="$CLK_TCK" '
      /Requests\/sec/ { rps = $2 }
      /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
      /Non-2xx/ { non2xx = $NF }
      /Socket errors/ { errors = $0; sub(/^ *Socket errors: */, "", errors) }
      /requests in/ { n = $1 }
      END {
        if (n == 0) { printf "%-8s no requests answered (see %s)\n", layer, FILENAME; exit 1 }
        s = ms / 1000
        printf "%-8s %6.0f requests/s  p50 %s  p99 %s  non-2xx %d  socket errors %s  app CPU %.3f ms per request (%.0f%% of a core), the rest of the machine (wrk, kernel) %.3f ms; machine %.0f%% of 200%%\n",
          layer, rps, p50, p99, non2xx, errors == "" ? "0" : errors, app / hz * 1000 / n, app / hz / s * 100, (busy - app) / hz * 1000 / n, busy / hz / s * 100
      }' "$OUT_DIR/wrk-floor-$layer.txt" | tee -a "$OUT_DIR/results.txt"
  done
}
