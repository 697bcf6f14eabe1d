#!/usr/bin/env bash
# Builds the `fuzz` preset and runs every libFuzzer harness (build/fuzz/bin/fuzz_*) for N seconds
# each, one after the other: the long campaigns. (CI runs each harness for 60 s as a ctest test of
# the `asan` preset instead; see tools/fuzz/CMakeLists.txt.)
#
#   tools/fuzz/run.sh [seconds-per-harness] [harness-name…]      (default 60 s, every harness)
#
# Seeds come from tools/fuzz/seeds.sh (gathered at run time, never committed). Each harness keeps
# its growing corpus in build/fuzz/fuzz-work/corpus/<harness>, so repeated runs continue where the
# last one stopped; crashes, leaks and timeouts land in build/fuzz/fuzz-work/artifacts/ and the
# libFuzzer output in build/fuzz/fuzz-work/<harness>.log (tools/fuzz/run-one.sh).
# Exits non-zero when any harness finds a crash, leak or timeout.
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
samples=${BROADSHEET_SAMPLES_DIR:-$root/../shared/samples}
work="$build/fuzz-work"

cd "$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset fuzz -DBROADSHEET_SAMPLES_DIR="$samples" >/dev/null
fi
cmake --build --preset fuzz --target fuzzers
"$root/tools/fuzz/seeds.sh" "$work/seeds" "$samples"

harnesses=()
if [ $# -gt 0 ]; then
    for n in "$@"; do harnesses+=("$build/bin/$n"); done
else
    for h in "$build"/bin/fuzz_*; do [ -x "$h" ] && harnesses+=("$h"); done
fi
status=0
for harness in "${harnesses[@]}"; do
    echo "fuzz: running $(basename "$harness") for ${seconds}s"
    "$root/tools/fuzz/run-one.sh" "$harness" "$seconds" "$work" "$work/seeds" || status=1
done
exit "$status"
