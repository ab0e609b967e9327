#!/usr/bin/env bash
# The benchmark: bench/run.sh [scale] [seconds per run] [connection counts]
#   e.g. bench/run.sh 1 10 "1 8 32"    (defaults)      bench/run.sh 0.01 1 "2"   (smoke run, seconds)
# Generates the data (bench/generate.sql) into the machine's PostgreSQL 15 (started, and pg_stat_statements enabled,
# if needed), starts the packaged server (java -jar; built if missing) against it and measures, with autocannon,
#   S1 sessions(first: 50) with dates, enrollments, learners, clients   S2 learners(search, first: 20)
#   S3 removalPreview of a learner with about 100 records               S4 removeCompanyLearner, a new learner each time
# against two baselines of the same run: pgbench running the minimal hand-written SQL (bench/pgbench), and
# PostGraphile 4.14.1 on the same database (S1, S2). Writes target/bench/report-scale-<scale>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-1}
SECONDS_PER_RUN=${2:-10}
CONNECTIONS=${3:-"1 8 32"}
DB="bench_$(echo "$SCALE" | tr . _)"
OUT=target/bench
mkdir -p "$OUT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -U bench -d "$DB")
export PGPASSWORD=bench

log() { echo "[bench] $*" >&2; }

# --- PostgreSQL 15, with pg_stat_statements to count statements per request ---------------------------------
if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  log "PostgreSQL 15 is not installed: apt-get install postgresql-15"; exit 1
fi
if ! su postgres -c "psql -XAtc 'show shared_preload_libraries'" 2>/dev/null | grep -q pg_stat_statements; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  su postgres -c "psql -Xqc \"alter system set shared_preload_libraries = 'pg_stat_statements'\""
  su postgres -c "psql -Xqc \"alter system set max_connections = 200\""
  # Count the statements a request runs, not the BEGIN and COMMIT around them.
  su postgres -c "psql -Xqc \"alter system set pg_stat_statements.track_utility = off\""
  pg_ctlcluster 15 main restart
fi
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -Xq" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'bench') then create role bench login password 'bench'; end if;
end \$\$;
drop database if exists $DB;
create database $DB owner bench;
SQL
su postgres -c "psql -Xq -d $DB -c 'create extension pg_stat_statements'"
su postgres -c "psql -Xq -d $DB -c 'grant pg_read_all_stats to bench'"

# --- the packaged server, its signing key, migrating the database ---------------------------------------------
# The jar of the current sources, run with a 256 MB heap (BENCH_JAVA_OPTS to change it) (BENCH_SKIP_BUILD=1 to use the one in target/ as it is).
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
openssl genrsa -out "$OUT/key.pem" 2048 2>/dev/null
openssl rsa -in "$OUT/key.pem" -pubout -out "$OUT/public.pem" 2>/dev/null
PORT=18080
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$OUT/public.pem" MP_JWT_VERIFY_ISSUER=https://bench.local MP_JWT_VERIFY_AUDIENCES=training-api \
  java ${BENCH_JAVA_OPTS:--Xmx256m} -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
POSTGRAPHILE=
cleanup() { kill "$SERVER" ${POSTGRAPHILE:+"$POSTGRAPHILE"} 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break
  sleep 0.5
done
curl -sf "localhost:$PORT/q/health/ready" >/dev/null || { log "the server did not start"; cat "$OUT/server.log"; exit 1; }
START_TIME=$(grep -o 'started in [0-9.]*s' "$OUT/server.log" | head -1 | grep -o '[0-9.]*')

# --- data --------------------------------------------------------------------------------------------------------
log "generating scale $SCALE into $DB"
GEN_START=$(date +%s.%N)
"${PSQL[@]}" -v scale="$SCALE" -f bench/generate.sql
GEN_TIME=$(echo "$(date +%s.%N) - $GEN_START" | bc)
COUNTS=$("${PSQL[@]}" -At -c "select (select count(*) from training_session) || ' sessions, ' || (select count(*) from learner)
  || ' learners, ' || (select count(*) from enrollment) || ' enrollments, ' || ((select count(*) from attendance_signature)
  + (select count(*) from course_start_notice) + (select count(*) from portal_access) + (select count(*) from elearning_access)
  + (select count(*) from evaluation) + (select count(*) from certificate) + (select count(*) from quote)
  + (select count(*) from invoice) + (select count(*) from training_contract) + (select count(*) from crm_opportunity))
  || ' artifact rows, ' || (select count(*) from email_message) || ' emails'")
log "$COUNTS (in ${GEN_TIME}s)"

# S3's learner: the first of the longest session (40 days at scale 1: about 100 records, emails included).
S3_ROW=$("${PSQL[@]}" -At -F ' ' -c "select e.id, e.session_id, e.learner_id, e.client_id from enrollment e
  join training_session s on s.id = e.session_id order by s.end_date - s.start_date desc, e.id limit 1")
read -r S3_ENROLLMENT S3_SESSION S3_LEARNER S3_CLIENT <<< "$S3_ROW"
# Fixtures: S3's learner (a 40-day session, about 100 records), disjoint queues of company learners for S4 (server)
# and for pgbench's S4.
PER_RUN=$(( SECONDS_PER_RUN * 400 + 200 ))
"${PSQL[@]}" <<SQL
create table bench_pick as
  select e.id, e.session_id, e.learner_id, row_number() over (order by e.id) as n
  from enrollment e join client c on c.id = e.client_id where c.kind = 'COMPANY' and e.session_id <> $S3_SESSION;
create table bench_queue as select n - (select count(*) from bench_pick) / 2 as id, id as enrollment_id
  from bench_pick where n > (select count(*) from bench_pick) / 2;
create sequence bench_queue_next;
SQL
QUEUE=$("${PSQL[@]}" -At -c "select count(*) from bench_queue")
LEVELS=$(wc -w <<< "$CONNECTIONS")
S4_TRANSACTIONS=$(( QUEUE / LEVELS < SECONDS_PER_RUN * 500 ? QUEUE / LEVELS : SECONDS_PER_RUN * 500 ))
"${PSQL[@]}" -At -c "select session_id || '|' || learner_id from bench_pick
  where n <= (select count(*) from bench_pick) / 2 order by n" > "$OUT/picks.txt"
node -e '
const [sessionsPk, learnerPk, picksFile, conns, perRun, port] = process.argv.slice(1);
const picks = require("fs").readFileSync(picksFile, "utf8");
const id = (t, pk) => Buffer.from(`${t}:${pk}`).toString("base64url");
const rows = picks.trim().split("\n").map((line) => line.split("|"));
const removals = {}; let offset = 0;
for (const c of conns.split(" ")) {
  removals[c] = rows.slice(offset, offset + Number(perRun)).map(([s, l]) => ({ sessionId: id("TrainingSession", s), learnerId: id("Learner", l) }));
  offset += Number(perRun);
}
console.log(JSON.stringify({ serverUrl: `http://localhost:${port}/graphql`, postgraphileUrl: "http://localhost:18081/graphql",
  issuer: "https://bench.local", audience: "training-api",
  preview: { s: id("TrainingSession", sessionsPk), l: id("Learner", learnerPk) }, removals }));
' "$S3_SESSION" "$S3_LEARNER" \
  "$OUT/picks.txt" \
  "$CONNECTIONS" "$PER_RUN" "$PORT" > "$OUT/fixtures.json"
S3_RECORDS=$("${PSQL[@]}" -At -c "select (select count(*) from attendance_signature where enrollment_id = $S3_ENROLLMENT)
  + (select count(*) from certificate where enrollment_id = $S3_ENROLLMENT) + 4 + (select count(*) from email_message where learner_id = $S3_LEARNER)")

# --- PostGraphile on the same database ----------------------------------------------------------------------------
(cd bench && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
bench/node_modules/.bin/postgraphile -c "postgres://bench:bench@localhost:5432/$DB" --schema public --port 18081 \
  --disable-graphiql --append-plugins postgraphile-plugin-connection-filter > "$OUT/postgraphile.log" 2>&1 &
POSTGRAPHILE=$!
for _ in $(seq 1 60); do
  curl -sf -H 'content-type: application/json' -d '{"query":"{ __typename }"}' localhost:18081/graphql >/dev/null && break
  sleep 0.5
done

# --- measuring ----------------------------------------------------------------------------------------------------
statements() {
  "${PSQL[@]}" -At -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = '$DB' and s.query not like '%pg_stat_statements%'"
}
reset_statements() { su postgres -c "psql -XAtq -d $DB -c 'select pg_stat_statements_reset()'" >/dev/null; }
field() { node -e 'const r = JSON.parse(process.argv[1]); console.log(r[process.argv[2]])' "$1" "$2"; }
pgbench_tps() {  # script, connections, extra args…
  local script=$1 connections=$2; shift 2
  local threads=$(( connections < 2 ? connections : 2 ))
  local duration=(-T "$SECONDS_PER_RUN")
  [[ " $* " == *" -t "* ]] && duration=()
  pgbench -n -h localhost -U bench -c "$connections" -j "$threads" "${duration[@]}" -f "bench/pgbench/$script" "$@" "$DB" \
    2> "$OUT/pgbench.err" | awk '/^tps/ { print $3; exit }'
}

# Warm-up: the JIT compiles the hot paths before anything is measured (S4 shares its code with S3).
for scenario in S1 S2 S3; do
  node bench/load.mjs server "$scenario" 8 "$SECONDS_PER_RUN" "$OUT/fixtures.json" "$OUT/key.pem" >/dev/null
done

REPORT="$OUT/report-scale-$SCALE.md"
{
  echo "# Benchmark, scale $SCALE ($(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB)"
  echo
  echo "Data: $COUNTS, generated in ${GEN_TIME} s. Runs of $SECONDS_PER_RUN s after a warm-up of the server;"
  echo "S3's learner has $S3_RECORDS records. Ratios are throughputs (requests or transactions per second) of this run."
  echo
  echo "| scenario | connections | server req/s | p50 ms | p99 ms | SQL statements per request | pgbench tps (same SQL by hand) | server / pgbench | PostGraphile req/s | server / PostGraphile |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$REPORT"
for connections in $CONNECTIONS; do
  for scenario in S1 S2 S3 S4; do
    reset_statements
    result=$(node bench/load.mjs server "$scenario" "$connections" "$SECONDS_PER_RUN" "$OUT/fixtures.json" "$OUT/key.pem")
    calls=$(statements)
    rps=$(field "$result" rps); requests=$(field "$result" requests)
    per_request=$(echo "scale=1; $calls / $requests" | bc)
    case $scenario in
      S1) tps=$(pgbench_tps s1.sql "$connections") ;;
      S2) tps=$(pgbench_tps s2.sql "$connections") ;;
      S3) tps=$(pgbench_tps s3.sql "$connections" -D enrollment="$S3_ENROLLMENT" -D session="$S3_SESSION" \
            -D learner="$S3_LEARNER" -D client="$S3_CLIENT") ;;
      S4) # a fixed number of removals, so that the queue of learners never runs dry
          tps=$(pgbench_tps s4.sql "$connections" -t "$(( S4_TRANSACTIONS / connections ))") ;;
    esac
    graphile="–"; versus_graphile="–"
    if [ "$scenario" = S1 ] || [ "$scenario" = S2 ]; then
      graphile=$(field "$(node bench/load.mjs postgraphile "$scenario" "$connections" "$SECONDS_PER_RUN" "$OUT/fixtures.json")" rps)
      versus_graphile=$(echo "scale=2; $rps / $graphile" | bc)
    fi
    echo "| $scenario | $connections | $rps | $(field "$result" p50) | $(field "$result" p99) | $per_request | $tps | $(echo "scale=2; $rps / $tps" | bc) | $graphile | $versus_graphile |" >> "$REPORT"
    log "$scenario x$connections: $result"
  done
done
RSS=$(( $(ps -o rss= -p "$SERVER") / 1024 ))
echo >> "$REPORT"
echo "Server: started in ${START_TIME} s (java -jar, as Quarkus reports it); resident memory after the runs: ${RSS} MB." >> "$REPORT"
cat "$REPORT"
