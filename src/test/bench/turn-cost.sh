#!/usr/bin/env bash
# Work per kiosk turn, in instructions retired, of the server JVM and of the embedded MariaDB
# (see docs/benchmarks.md, "Cost of a turn"). Latencies on this shared VM swing by a factor of 4
# between runs minutes apart; instructions retired hardly move, so they compare two versions.
#   src/test/bench/turn-cost.sh [JAR=target/relais.jar] [connections=200] [messages/s=100] [seconds=60]
# Needs `perf` (Debian: linux-perf) allowed to count the user's own processes. Runs KioskLoad and
# counts 30 s of its measured echo phase and 30 s of its measured bot phase (from 12 s in, away
# from the phase's edges), after its 300 s warm-up; the bot phase's turns are counted in the
# database (visitor messages stored during the window). KioskLoad runs in one slice per path
# (-Dkiosk.slices=1): one whole echo phase, then one whole bot phase, for perf to count.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar="$(realpath "${1:-target/relais.jar}")"
connections="${2:-200}" rate="${3:-100}" seconds="${4:-60}"
port="${BENCH_PORT:-18080}"
work="$PWD/target/bench-cost"
command -v perf >/dev/null || { echo "perf is missing (Debian: apt-get install linux-perf)" >&2; exit 2; }
[ -f "$jar" ] || { echo "no $jar: build first (mvn -DskipTests package)" >&2; exit 2; }
# Some virtual machines hide the CPU's counters: perf then prints "<not supported>" and the counts
# below would read as 0 instructions per turn (seen on 2026-11-24 after a host move).
if ! perf stat -x, -e instructions -- true 2>&1 | grep -q '^[0-9]'; then
  echo "perf cannot count instructions on this machine (hardware counters not exposed)" >&2; exit 2
fi
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is already in use: stop what runs there first" >&2; exit 2
fi
[ -f target/bench-classpath.txt ] && [ -d target/test-classes ] ||
  mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf "$work" && mkdir -p "$work"
(cd "$work" && RELAIS_PORT=$port RELAIS_BENCHMARK_ECHO=on RELAIS_ADMIN_PASSWORD="bench-$(date +%s%N)" \
   exec java -Xms1g -Xmx1g -XX:MetaspaceSize=256m -jar "$jar" > relais.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 $server 2>/dev/null || { echo "server exited, see $work/relais.log" >&2; exit 1; }
  sleep 0.5
done
java_pid=$(pgrep -f -- "-jar $jar" | head -1)
db_pid=$(pgrep -n mariadbd)
socket=$(ls -t /tmp/relais-mariadb-*.sock | head -1)
visitor_messages() {
  "$work/data/mariadb-server/bin/mariadb" --no-defaults --skip-ssl -S "$socket" -u root -N \
    -e "select count(*) from relais.message where author = 'VISITOR'"
}
count() { # phase: 30 s of perf over both processes, per thread
  perf stat -e instructions --per-thread -p "$java_pid,$db_pid" -o "$work/$1.perf" -- sleep 30
}
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -Xmx1g -Dkiosk.slices=1 -cp "$cp" org.relais.bench.KioskLoad "http://localhost:$port" "$connections" "$rate" "$seconds" |
  while IFS= read -r line; do
    echo "$line"
    case "$line" in
      "warm-up bot"*) (sleep 12; count echo) & ;;
      "echo /ws/echo"*) (sleep 12; before=$(visitor_messages); count bot; echo $(($(visitor_messages) - before)) > "$work/bot.turns") & ;;
    esac
  done
for _ in $(seq 60); do [ -s "$work/bot.turns" ] && break; sleep 1; done
turns=$(cat "$work/bot.turns")
echo "bot phase: $turns turns in the 30 s window; echo phase: $((rate * 30)) messages"
for phase in echo bot; do
  n=$([ "$phase" = bot ] && echo "$turns" || echo $((rate * 30)))
  # A line: thread name (may hold spaces: "C2 CompilerThre-123"), count, "instructions". The JIT's
  # and the GC's threads are reported apart: how much they do in a window depends on how long the
  # JVM has run, not on the turn.
  awk -v phase="$phase" -v n="$n" '/ instructions/ {
      for (k = 1; k <= NF && $k !~ /^[0-9,]+$/; k++) {}
      if (k > NF) next
      thread = $1; for (i = 2; i < k; i++) thread = thread " " $i
      sub(/-[0-9]+$/, "", thread); count = $k; gsub(",", "", count)
      if (thread == "mariadbd") who = "database"
      else if (thread ~ /^(C[12] Compiler|Sweeper)/) who = "JIT"
      else if (thread ~ /^(GC Thread|G1 |VM Thread)/) who = "GC"
      else who = "server JVM"
      per[who] += count; if (who != "JIT" && who != "GC") total += count }
    END { printf "%s: %.0f k instructions per message (server JVM %.0f k, database %.0f k);", \
            phase, total / n / 1000, per["server JVM"] / n / 1000, per["database"] / n / 1000
          printf " apart: JIT %.0f k, GC %.0f k per message\n", per["JIT"] / n / 1000, per["GC"] / n / 1000 }' "$work/$phase.perf"
done
