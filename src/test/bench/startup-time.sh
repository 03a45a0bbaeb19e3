#!/usr/bin/env bash
# Time from `java -jar target/relais.jar` to GET /health/ready = 200 on the embedded database.
# Usage: src/test/bench/startup-time.sh [runs=5]
# Prints each run, then the medians of the first starts (fresh data folder: the database server
# is unpacked and installed) and of the later starts (same data folder).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-5}"
jar="$PWD/target/relais.jar"
work="$PWD/target/bench-startup"
port=18080
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }

time_to_ready() { # $1: working folder
  local start end
  start=$(date +%s%N)
  (cd "$1" && RELAIS_PORT=$port exec java -jar "$jar" >"$1/relais.log" 2>&1) &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "relais exited, see $1/relais.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "scale=2; ($end - $start) / 1000000000" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

first=(); later=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work" && mkdir -p "$work"
  first+=("$(time_to_ready "$work")")
  later+=("$(time_to_ready "$work")")
  echo "run $i: first start ${first[-1]} s, later start ${later[-1]} s"
done
echo "median first start: $(printf '%s\n' "${first[@]}" | median) s"
echo "median later start: $(printf '%s\n' "${later[@]}" | median) s"
