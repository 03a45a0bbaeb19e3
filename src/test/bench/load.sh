#!/usr/bin/env bash
# Load benchmarks against relais.jar on its embedded database (see docs/benchmarks.md).
#   src/test/bench/load.sh kiosk    [connections=1000] [messages/s=200] [seconds=60] [bot warm-up s=300]
#   src/test/bench/load.sh helpdesk [consoles=20] [kiosks=1000] [handovers/s=5] [seconds=60]
#   src/test/bench/load.sh retrain  [connections=100] [messages/s=50] [seconds=60]
#     (bot replies without, then during, a model build from the admin API)
#   src/test/bench/load.sh handshakes [seconds=30] [clients=3]
#     (kiosks connecting and leaving, through BENCH_HOST: default this machine's first LAN
#     address, the way kiosks come in, not 127.0.0.1)
# Starts the server with the bench-only echo endpoint, runs the client in another JVM, stops it.
# BENCH_PORT (default 18080) picks the port; BENCH_SERVER_JVM_OPTS adds server JVM options,
# BENCH_CLIENT_JVM_OPTS the kiosk client's (e.g. -Dkiosk.timeline=<file>: every round trip, timed).
set -euo pipefail
cd "$(dirname "$0")/../../.."
which="${1:?kiosk, helpdesk, retrain or handshakes}"; shift
port="${BENCH_PORT:-18080}"
work="$PWD/target/bench-load"
password="bench-admin-password-$(date +%s)"
[ -f target/relais.jar ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is already in use: stop what runs there first" >&2; exit 2
fi
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf "$work" && mkdir -p "$work"
# The heap is fixed (-Xms = -Xmx), as README advises for a server: grown from a small start, G1 kept
# it near 380 MB with 180 MB live, and ran a marking cycle every 30 s (20-25 ms remark pauses).
(cd "$work" && RELAIS_PORT=$port RELAIS_BENCHMARK_ECHO=on RELAIS_ADMIN_PASSWORD="$password" \
   exec java -Xms1g -Xmx1g -XX:MetaspaceSize=256m ${BENCH_SERVER_JVM_OPTS:-} -jar ../relais.jar > relais.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/health/ready)" = 200 ]; do
  kill -0 $server 2>/dev/null || { echo "server exited, see $work/relais.log" >&2; exit 1; }
  sleep 0.5
done
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
case "$which" in
  kiosk)
    # The floor path's database: one table on the same MariaDB, written by a user of its own.
    socket=$(ls -t /tmp/relais-mariadb-*.sock | head -1)
    db_port=${socket##*-}; db_port=${db_port%.sock}
    floor_password="floor-$(date +%s%N)"
    "$work/data/mariadb-server/bin/mariadb" --no-defaults --skip-ssl -S "$socket" -u root -e "
      create database floor;
      create table floor.commits (id bigint auto_increment primary key, sent bigint not null);
      create user floor@'127.0.0.1' identified by '$floor_password';
      grant insert on floor.* to floor@'127.0.0.1';"
    java -Xmx1g ${BENCH_CLIENT_JVM_OPTS:-} -Dkiosk.floor="jdbc:mariadb://127.0.0.1:$db_port/floor?user=floor&password=$floor_password" \
      -cp "$cp" org.relais.bench.KioskLoad "http://localhost:$port" "$@" ;;
  retrain) java -Xmx1g -cp "$cp" org.relais.bench.KioskLoad "http://localhost:$port" "${1:-100}" "${2:-50}" "${3:-60}" retrain "$password" ;;
  handshakes)
    host="${BENCH_HOST:-$(hostname -I | awk '{print $1}')}"
    java -Xmx1g -cp "$cp" org.relais.bench.HandshakeLoad "http://${host:-localhost}:$port" "$@" ;;
  helpdesk) java -Xmx1g -cp "$cp" org.relais.bench.HelpdeskPushLoad "http://localhost:$port" "$password" "$@" ;;
  *) echo "kiosk, helpdesk, retrain or handshakes" >&2; exit 2 ;;
esac
