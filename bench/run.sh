#!/usr/bin/env bash
# Leadwire bench: one command per scenario, prints numbers, not part of ./mvnw verify.
#
#   bench/run.sh [throughput]   start time, idle RSS, wrk load on the intake, DB checks, raw-JDBC baseline
#   bench/run.sh profile        like throughput's load, with a JFR recording summarised by top frames
#   bench/run.sh ab             throughput (no baselines) alternated between the jars BENCH_AB_A and BENCH_AB_B,
#                               BENCH_AB_ROUNDS (3) rounds, each run and the median of each side
#   bench/run.sh latency        event -> MAIL outbox row sent latency at a fixed 200 events/s (SMTP sink)
#   bench/run.sh webhooks       deals at 50/s, each posted to a local webhook receiver: delivery latency p50/p99 (target p99 < 1 s)
#   bench/run.sh telegram       rep cards to a stub Bot API that enforces Telegram's limits: latency below the cap, drain above it
#   bench/run.sh board          10k deals through the API spread over the stages, the board page timed in
#                               headless Chromium, and the board's reads (Board.of) over JDBC
#   bench/run.sh kill           kill -9 of the app under load, restart, nothing acknowledged is lost: on MariaDB,
#                               then on H2 (the embedded default), or on BENCH_DB alone when it is set
#   bench/run.sh two-nodes      two app instances on one database, every outbox row delivered once
#   bench/run.sh db-restart     MariaDB restarted under load (a private MariaDB on its own port)
#   bench/run.sh forged         forged Stripe signatures from 16 connections: refusals/s, their cost, DB writes and log lines
#   bench/run.sh floor          the web stack alone (bench/floor: Tomcat + Spring MVC, + Security, + a Camel route), per request
#   bench/run.sh start          start to the first accepted POST and idle RSS on H2: the jar as built, the jar with the
#                               README's CDS recipe, ./mvnw spring-boot:run; medians beside the targets
#   bench/run.sh timers         100k pending automation timers on MariaDB: the plan of the claim and its time
#   bench/run.sh dashboard      100k deals with their stage history on MariaDB: the dashboard's plans, their times, and
#                               GET /api/v1/dashboard timed for the last 30, 90 and 365 days
#   bench/run.sh contacts       100k contacts on MariaDB: GET /api/v1/contacts (the panel's lazy grid: a page and the
#                               count) timed for pages and for searches by name, e-mail and phone
#   bench/run.sh leads          100k leads on MariaDB: GET /api/v1/leads (the panel's lazy grid: a page and the count)
#                               timed for the first page, sorts, each column's filter and a deep page; the whole CSV
#   bench/run.sh followups      100k leads in a lead group, their first follow-up e-mails due at 200/s: e-mails/s
#                               reached and lateness (SMTP arrival - due time) p50/p99/max through timers, outbox and SMTP
#   bench/run.sh all            all of the above, one after the other
#
# Settings (environment): BENCH_DB (mariadb; h2 = the embedded default, the URL in the jar's application.yml with
# its files under bench/out/h2/: for throughput, ab, profile and kill), BENCH_SECONDS (30), BENCH_WARMUP (180; on 2 cores the JIT compiler still took
# 43% of the app's CPU after 105 s of load, 8% after 210 s), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2), BENCH_JAVA_OPTS (extra JVM flags for the app), BENCH_PATHS (intake paths),
# BENCH_BASELINES (yes; no skips the raw-JDBC baselines, for A/B runs of the app alone);
# webhooks: BENCH_WH_RATE (50), BENCH_WH_SECONDS (60), BENCH_WH_WARMUP (60);
# telegram: BENCH_TG_REPS (40), BENCH_TG_RATE (20), BENCH_TG_WARMUP (120), BENCH_TG_SECONDS (60),
# BENCH_TG_BURST_RATE (60), BENCH_TG_BURST_SECONDS (20); forged: BENCH_FORGED_WARMUP (60), BENCH_FORGED_SECONDS (20);
# floor: BENCH_FLOOR_WARMUP (60), BENCH_FLOOR_SECONDS (30); followups: BENCH_FOLLOWUPS_LEADS (100000),
# BENCH_FOLLOWUPS_DUE (all of them), BENCH_FOLLOWUPS_RATE (200); start: BENCH_START_RUNS (3), BENCH_START_IDLE (10),
# BENCH_START_CHECKOUT (this one), BENCH_START_HEAP_OPTS (the README's). BENCH_DB_NAME (leadwire_bench) names the
# throughput, profile and ab database; BENCH_PORT_FROM/BENCH_PORT_TO (8171/8199) the range app ports come from.
# Output files go to bench/out/ (ignored by git).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_LOAD="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-180}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-600}"
CONNS="${BENCH_CONNECTIONS:-16}"
WRK_THREADS="${BENCH_THREADS:-2}"
API_KEY="lw_bench_$(random_secret)"
ADMIN_PASSWORD="$(random_secret)"
export API_KEY ADMIN_PASSWORD

# The form intake (demo form leads-autocloud) is benchmarked too, half of the requests, when
# the forms channel exists in this checkout; its per-IP rate limit is lifted for the bench.
default_paths() {
  if [[ -f "$REPO_DIR/routes/forms.yaml" ]]; then
    echo "/api/v1/deals,/api/v1/intake/forms/${BENCH_FORM_KEY:-leads-autocloud}"
  else
    echo "/api/v1/deals"
  fi
}
export BENCH_PATHS="${BENCH_PATHS:-$(default_paths)}"

scenario="${1:-throughput}"
ensure_wrk
[[ "$scenario" == floor ]] || ensure_jar # the floor scenario builds only bench/floor
for file in "$BENCH_DIR"/scenarios/*.sh; do source "$file"; done

# kill -9 on both databases (an acknowledged event must survive on each), or on BENCH_DB alone
kill_scenarios() {
  if [[ -n "${BENCH_DB:-}" ]]; then scenario_kill; return; fi
  BENCH_DB=mariadb scenario_kill
  BENCH_DB=h2 scenario_kill
}

case "$scenario" in
  throughput) scenario_throughput ;;
  profile) scenario_profile ;;
  ab) scenario_ab ;;
  latency) scenario_latency ;;
  telegram) scenario_telegram ;;
  webhooks) scenario_webhooks ;;
  board) scenario_board ;;
  kill) kill_scenarios ;;
  two-nodes) scenario_two_nodes ;;
  db-restart) scenario_db_restart ;;
  forged) scenario_forged ;;
  floor) scenario_floor ;;
  start) scenario_start ;;
  timers) scenario_timers ;;
  dashboard) scenario_dashboard ;;
  contacts) scenario_contacts ;;
  leads) scenario_leads ;;
  followups) scenario_followups ;;
  all)
    for s in scenario_throughput scenario_profile scenario_latency scenario_webhooks scenario_telegram scenario_board kill_scenarios scenario_two_nodes scenario_db_restart scenario_forged scenario_floor scenario_start scenario_timers scenario_dashboard scenario_contacts scenario_leads scenario_followups; do
      "$s" || log "$s failed"
    done ;;
  *) echo "unknown scenario '$scenario' (see the head of $0)" >&2; exit 2 ;;
esac
