# A/B: the throughput scenario (without its baselines) alternated between two jars, round after
# round, with the median of each side. One run of the same jar varies by ±12% on this machine
# (bench/README.md), so a single pair cannot show a change smaller than that. BENCH_AB_A_OPTS and
# BENCH_AB_B_OPTS are JVM flags for one side only (e.g. B's CDS archive, see the start scenario).

scenario_ab() {
  local jar_a="${BENCH_AB_A:?set BENCH_AB_A to the jar of side A}" jar_b="${BENCH_AB_B:?set BENCH_AB_B to the jar of side B}"
  local rounds="${BENCH_AB_ROUNDS:-3}" round side jar opts run
  log "A/B: $rounds rounds of A ($jar_a) then B ($jar_b)"
  : >"$OUT_DIR/ab-runs.txt"
  for round in $(seq 1 "$rounds"); do
    for side in A B; do
      jar="$jar_a"; opts="${BENCH_AB_A_OPTS:-}"
      [[ "$side" == B ]] && { jar="$jar_b"; opts="${BENCH_AB_B_OPTS:-}"; }
      run="$OUT_DIR/ab-$side-$round.txt"
      APP_JAR="$jar" BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} $opts" BENCH_BASELINES=no scenario_throughput >"$run"
      printf '%s %s %s %s %s\n' "$side" "$round" \
        "$(grep -o '^accepted: [0-9]* ([0-9.]*/s)' "$run" | grep -o '[0-9.]*/s' | tr -d '/s')" \
        "$(grep -o 'app CPU [0-9.]* ms' "$run" | grep -o '[0-9.]*')" \
        "$(grep -o 'MariaDB statements [0-9.]*' "$run" | grep -o '[0-9.]*$')" >>"$OUT_DIR/ab-runs.txt"
    done
  done
  {
    echo "== A/B $(date -u +%FT%TZ), $rounds rounds, ${WARMUP}s warm-up + ${SECONDS_LOAD}s each; A = $jar_a ${BENCH_AB_A_OPTS:-}, B = $jar_b ${BENCH_AB_B_OPTS:-}"
    echo "side round events/s app-CPU-ms/event statements/event"
    cat "$OUT_DIR/ab-runs.txt"
    for side in A B; do
      awk -v s="$side" 'BEGIN { n = 0 } $1 == s { eps[n] = $3; cpu[n] = $4; st[n] = $5; n++ }
        function median(a, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
          return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2 }
        END { printf "median %s: %.0f events/s, app CPU %.2f ms per event, %.1f statements per event (%d runs)\n", s, median(eps, n), median(cpu, n), median(st, n), n }' \
        "$OUT_DIR/ab-runs.txt"
    done
  } | tee -a "$OUT_DIR/results.txt"
}
