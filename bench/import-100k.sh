#!/usr/bin/env bash
# Imports a generated CSV of N rows (default 100,000) into a freshly started app and prints
# rows/s, the duration and the app's peak RSS. Usage (from the repository root):
#   bench/import-100k.sh [rows]            H2 file database in a temp dir
#   DB=mariadb bench/import-100k.sh        MariaDB at 127.0.0.1:3306, database leadwire_bench_imports (dropped first)
# Env: HEAP (default 512m), PORT (default 8107), DEALS (true|false, default true), SOURCE (an IMPORT source key; none by
# default), KEEP=1 (keep the temp dir with the CSV, the H2 files and app.log), APP_ARGS (more app arguments, e.g. "--leadwire.imports.workers=64").
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
HEAP=${HEAP:-512m}
PORT=${PORT:-8107}
DB=${DB:-h2}
DEALS=${DEALS:-true}
KEY=bench-api-key-0123456789
WORK=$(mktemp -d /tmp/leadwire-bench.XXXXXX)
CSV=$WORK/contacts.csv
BASE=http://127.0.0.1:$PORT

echo "Generating $ROWS rows in $CSV"
python3 - "$ROWS" "$CSV" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffE-mail;Nome;Telefone;Plataforma;Tipo;Valor;Observação\r\n")
    for i in range(rows):
        email = "broken-%d" % i if i % 1000 == 999 else "bench%d@example.com" % (i if i % 10 else i // 10)
        f.write('%s;"Pessoa %d; Ltda";(11) 9%04d-%04d;autocloud;LEAD;%d,50;"nota ""%d""\nsegunda linha"\r\n'
                % (email, i, i % 10000, i // 10 % 10000, i % 5000, i))
PY
ls -l "$CSV" | awk '{print "CSV size: " $5 " bytes"}'

JAR=target/leadwire-0.1.0-SNAPSHOT.jar
if [ ! -f "$JAR" ] || [ -n "$(find src/main/java src/main/resources pom.xml -newer "$JAR" -print -quit)" ]; then
  echo "Packaging $JAR"
  ./mvnw -B -q -o package -DskipTests
fi

ARGS=(--server.port="$PORT" --leadwire.api.initial-key="$KEY" --leadwire.admin.password=bench-admin-password
      --logging.level.org.apache.camel=WARN --logging.level.com.vaadin=WARN ${APP_ARGS:-})
if [ "$DB" = mariadb ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS leadwire_bench_imports"
  ARGS+=(--spring.profiles.active=mariadb
         --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/leadwire_bench_imports?createDatabaseIfNotExist=true")
else
  # the embedded default's settings (application.yml), its files in $WORK
  ARGS+=(--spring.datasource.url="jdbc:h2:file:$WORK/leadwire;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;AUTO_SERVER=FALSE;WRITE_DELAY=0")
fi

echo "Starting the app (-Xmx$HEAP, $DB, port $PORT)"
java -Xmx"$HEAP" -jar "$JAR" "${ARGS[@]}" \
  > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

PEAK=0
sample_rss() {
  local rss
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$APP/status" 2>/dev/null || echo 0)
  [ "${rss:-0}" -gt "$PEAK" ] && PEAK=$rss || true
}

for _ in $(seq 1 240); do
  if curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q UP; then break; fi
  kill -0 $APP 2>/dev/null || { echo "the app died:"; tail -40 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
sample_rss
echo "App ready; RSS after start: $((PEAK / 1024)) MB"

if [ "$DEALS" = true ]; then
  MAPPING='{"E-mail":"email","Nome":"name","Telefone":"phone","Plataforma":"fields.platform","Tipo":"fields.type","Valor":"deal.amount","Observação":"ignore"}'
else
  MAPPING='{"E-mail":"email","Nome":"name","Telefone":"phone","Observação":"ignore"}'
fi
FORM=(-F "file=@$CSV;type=text/csv" -F "mapping=$MAPPING" -F "createDeals=$DEALS")
[ -n "${SOURCE:-}" ] && FORM+=(-F "source=$SOURCE")

START=$(date +%s.%N)
ANSWER=$(curl -sS -w '\n%{http_code}' -H "X-Api-Key: $KEY" "${FORM[@]}" "$BASE/api/v1/imports")
ACCEPTED=$(date +%s.%N)
STATUS=${ANSWER##*$'\n'}
ANSWER=${ANSWER%$'\n'*}
[ "$STATUS" = 202 ] || { echo "upload refused with $STATUS: $ANSWER"; exit 1; }
ID=$(echo "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "Upload answered 202 in $(python3 -c "print(round($ACCEPTED - $START, 2))") s: job $ID"

while true; do
  JOB=$(curl -fsS -H "X-Api-Key: $KEY" "$BASE/api/v1/imports/$ID")
  sample_rss
  STATE=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
  [ "$STATE" = DONE ] || [ "$STATE" = FAILED ] && break
  sleep 0.5
done
END=$(date +%s.%N)
sample_rss

echo "$JOB" | python3 -c '
import json, sys
job = json.load(sys.stdin)
print("state %(state)s: %(rowsDone)d of %(totalRows)d rows, %(created)d created, %(merged)d merged, %(rejected)d rejected, %(dealsCreated)d deals" % job)
'
python3 -c "
d = $END - $START
print('duration %.1f s (upload to DONE), %.0f rows/s' % (d, $ROWS / d))"
echo "peak RSS of the app: $((PEAK / 1024)) MB (heap limit $HEAP)"
grep -E "Import [0-9]+ (started|done|FAILED)" "$WORK/app.log" || true
