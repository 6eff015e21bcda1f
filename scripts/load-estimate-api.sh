#!/usr/bin/env bash
# Load run of POST /api/v1/estimates with wrk (docs/benchmarks.md).
#
# Builds the app jar (tests skipped) unless KA122_JAR names one, starts it on a free loopback port with a
# throw-away embedded-database directory, no demo data and the per-client rate limit raised (every wrk
# connection comes from 127.0.0.1, so the default 120 requests a minute would make the run measure 429s),
# warms it up, then runs wrk with the API example body and a 10-activity body at 16 and 64 connections.
# Prints requests/s and latency percentiles and stops the app whatever happens.
#
# Environment (all optional):
#   KA122_JAR        an already built jar; default: build one into $KA122_BUILD_DIR
#   KA122_BUILD_DIR  build directory for the jar (default target-load, so parallel builds are not disturbed)
#   DURATION         seconds per measured run (default 25)
#   WARMUP           seconds of warm-up per body, all bodies before any measurement (default 90)
#   CONNECTIONS      connection counts to measure (default "16 64")
#   BODIES           request bodies of scripts/estimate-request.lua (default "example ten")
#   THREADS          wrk threads (default 2)
#   JAVA_OPTS        extra JVM options for the app
#
# Requires: java 17+, curl, wrk (Debian/Ubuntu: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${KA122_BUILD_DIR:-target-load}
DURATION=${DURATION:-25}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-16 64}
BODIES=${BODIES:-example ten}
THREADS=${THREADS:-2}
LUA="$ROOT/scripts/estimate-request.lua"
STARTUP_TIMEOUT=240

for tool in java curl wrk; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ka122-load.XXXXXX")
DATA_DIR="$WORK/pgdata"
APP_LOG="$WORK/app.log"
APP_PID=""

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		echo "== stopping the app (pid $APP_PID)"
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 1
		done
		kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	# The embedded PostgreSQL is a child of the app; a killed app can leave it running. Stop exactly
	# the postmaster of this run's data directory, nothing else.
	if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$DATA_DIR/postmaster.pid")
		if [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
			kill -TERM "$pg_pid" 2>/dev/null || true
			sleep 2
		fi
	fi
	rm -rf "$WORK"
}
trap stop_app EXIT
trap 'exit 130' INT TERM

if [[ -n "${KA122_JAR:-}" ]]; then
	JAR=$KA122_JAR
else
	echo "== building the jar into $BUILD_DIR (tests skipped)"
	./mvnw -q -B -Dka122.build.dir="$BUILD_DIR" -Dmaven.test.skip=true -Djacoco.skip=true \
		-Dspring-javaformat.skip=true package
	JAR=$(ls "$BUILD_DIR"/ka122-planner-*.jar | grep -v -- '-plain.jar$' | head -n 1)
fi
[[ -f "$JAR" ]] || { echo "no jar: $JAR" >&2; exit 1; }

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
	|| echo $((20000 + RANDOM % 20000)))
BASE="http://127.0.0.1:$PORT"

echo "== starting $JAR on $BASE (log: $APP_LOG)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java -Xlog:gc:file="$WORK/gc.log" ${JAVA_OPTS:-} -jar "$JAR" \
	--server.address=127.0.0.1 \
	--server.port="$PORT" \
	--ka122.embedded-db.data-dir="$DATA_DIR" \
	--ka122.demo.enabled=false \
	--ka122.api.rate-limit.capacity=1000000000 \
	>"$APP_LOG" 2>&1 &
APP_PID=$!

deadline=$((SECONDS + STARTUP_TIMEOUT))
until curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		echo "the app exited during startup:" >&2
		tail -n 40 "$APP_LOG" >&2
		exit 1
	fi
	if ((SECONDS > deadline)); then
		echo "the app was not healthy after ${STARTUP_TIMEOUT}s:" >&2
		tail -n 40 "$APP_LOG" >&2
		exit 1
	fi
	sleep 2
done
echo "== healthy after ${SECONDS}s"

# One request per body first: a load run of 4xx answers would measure nothing worth reporting.
for body in $BODIES; do
	ESTIMATE_PRINT_BODY=1 ESTIMATE_BODY=$body wrk -s "$LUA" "$BASE/" >"$WORK/$body.json"
	status=$(curl -sS -o "$WORK/$body.response" -w '%{http_code}' -H 'Content-Type: application/json' \
		--data-binary "@$WORK/$body.json" "$BASE/api/v1/estimates")
	if [[ "$status" != 200 ]]; then
		echo "body '$body' answered $status, not 200:" >&2
		head -c 2000 "$WORK/$body.response" >&2
		echo >&2
		exit 1
	fi
	summary=$(python3 -c 'import json, sys; r = json.load(sys.stdin); print("total", r.get("total"), "EUR,",
	len(r.get("findings", [])), "findings, submittable", r.get("submittable"))' <"$WORK/$body.response" 2>/dev/null || true)
	echo "== body '$body': 200, $(wc -c <"$WORK/$body.json") bytes in, $(wc -c <"$WORK/$body.response") bytes out; $summary"
done

# CPU time (user + system, in clock ticks) of the app, its PostgreSQL and the PostgreSQL backends: divided by
# the requests served, it says what a request costs even when other work on the machine skews requests/s.
cpu_ticks() {
	local pids=("$APP_PID") pg_pid total=0 pid
	if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
		pg_pid=$(head -n 1 "$DATA_DIR/postmaster.pid")
		pids+=("$pg_pid")
		mapfile -t -O "${#pids[@]}" pids < <(ps -o pid= --ppid "$pg_pid" | tr -d ' ')
	fi
	for pid in "${pids[@]}"; do
		# Fields after the command name: utime and stime are the 12th and 13th.
		[[ -r "/proc/$pid/stat" ]] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
	done
	echo "$total"
}
TICKS_PER_SECOND=$(getconf CLK_TCK)

echo "== java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
# Every body warms the JIT up before any is measured: otherwise the first body measured pays for it.
for body in $BODIES; do
	echo "== warm-up '$body': ${WARMUP}s at 64 connections"
	ESTIMATE_BODY=$body timeout $((WARMUP + 30)) wrk -t"$THREADS" -c64 -d"${WARMUP}s" -s "$LUA" \
		"$BASE/api/v1/estimates" >/dev/null
done
results=()
for body in $BODIES; do
	for connections in $CONNECTIONS; do
		echo "== '$body' at $connections connections, $THREADS threads, ${DURATION}s (load $(cut -d ' ' -f 1 /proc/loadavg))"
		ticks_before=$(cpu_ticks)
		output=$(ESTIMATE_BODY=$body timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$connections" --timeout 10s \
			-d"${DURATION}s" --latency -s "$LUA" "$BASE/api/v1/estimates")
		ticks=$(($(cpu_ticks) - ticks_before))
		echo "$output"
		result=$(grep '^RESULT ' <<<"$output" | sed 's/^RESULT //')
		requests=$(grep -o 'requests=[0-9]*' <<<"$result" | cut -d = -f 2)
		cpu_ms=$(awk -v t="$ticks" -v hz="$TICKS_PER_SECOND" -v n="$requests" \
			'BEGIN { if (n > 0) printf "%.2f", 1000 * t / hz / n; else print "-" }')
		results+=("connections=$connections cpu_ms=$cpu_ms $result")
	done
done

echo "== load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== summary"
printf '%-12s %-8s %10s %9s %9s %9s %8s %14s\n' body conns 'req/s' 'p50 ms' 'p99 ms' 'max ms' errors \
	'CPU ms/req'
for line in "${results[@]}"; do
	declare -A r=()
	for pair in $line; do
		r[${pair%%=*}]=${pair#*=}
	done
	errors=$((r[non2xx3xx] + r[connect_errors] + r[read_errors] + r[write_errors] + r[timeouts]))
	printf '%-12s %-8s %10s %9s %9s %9s %8s %14s\n' "${r[body]}" "${r[connections]}" "${r[rps]}" "${r[p50_ms]}" \
		"${r[p99_ms]}" "${r[max_ms]}" "$errors" "${r[cpu_ms]}"
	unset r
done
echo "   CPU ms/req: CPU time of the app and its PostgreSQL per request served (wrk's own CPU not included)"
# G1 logs "Pause Young (Normal) (G1 Evacuation Pause) 120M->20M(256M) 3.456ms": the pauses of the whole run.
awk '/Pause/ && $NF ~ /ms$/ { n++; ms = $NF + 0; sum += ms; if (ms > max) max = ms }
	END { if (n) printf "== GC (whole run, warm-up included): %d pauses, %.0f ms in total, longest %.1f ms\n", n, sum, max }' \
	"$WORK/gc.log"
if grep -qi 'exception' "$APP_LOG"; then
	echo "== the app log mentions exceptions:"
	grep -i -m 5 'exception' "$APP_LOG"
fi
