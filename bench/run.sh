#!/bin/sh
# Builds one benchmark in build/bench (Release, headless) and runs it: bench/run.sh parse [args…]
set -eu
name=${1:-}
if [ -z "$name" ]; then
  echo "usage: bench/run.sh NAME [args...]   NAME: parse (see bench/README.md)" >&2
  exit 2
fi
shift
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/bench"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBROADSHEET_GUI=OFF -DBROADSHEET_TESTS=OFF >/dev/null
cmake --build "$build" --target "bench_$name" -j"${BENCH_JOBS:-2}"
echo "machine: $(nproc) cores; $(lscpu | sed -n 's/^Model name: *//p')"
exec "$build/bin/bench_$name" "$@"
