#!/usr/bin/env bash
# Builds the `fuzz` preset and runs every libFuzzer harness (build/fuzz/bin/fuzz_*) for N seconds each.
#
#   tools/fuzz/run.sh [seconds-per-harness]      (default 60)
#
# Seeds are gathered at run time, never committed: the demo issue (resources/samples), the real
# sample pages (BROADSHEET_SAMPLES_DIR, default ../shared/samples), the bad-input matrix
# (tests/data/bad), GB18030 and UTF-16 copies of the UTF-8 pages, and tools/fuzz/seeds/<harness>/
# when present; tools/fuzz/<harness>.options may hold extra libFuzzer flags and
# tools/fuzz/<harness>.dict a dictionary. Each harness keeps its growing corpus in
# build/fuzz/fuzz-work/corpus/<harness>, so repeated runs continue where the last one stopped;
# crashes, leaks and timeouts land in build/fuzz/fuzz-work/artifacts/.
# Exits non-zero when any harness finds a crash, leak or timeout.
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
samples=${BROADSHEET_SAMPLES_DIR:-$root/../shared/samples}
work="$build/fuzz-work"

cd "$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset fuzz -DBROADSHEET_SAMPLES_DIR="$samples" >/dev/null
fi
cmake --build --preset fuzz --target fuzzers

seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$work/corpus" "$work/artifacts"
add_seed() { # file: copied under its content hash, so duplicates collapse
    local sum
    sum=$(sha1sum "$1" | cut -c1-16)
    cp "$1" "$seeds/$sum"
}
while IFS= read -r -d '' f; do
    add_seed "$f"
    if iconv -f UTF-8 -t GB18030 "$f" >"$seeds/tmp.gb" 2>/dev/null; then add_seed "$seeds/tmp.gb"; fi
    if { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } >"$seeds/tmp.u16" 2>/dev/null; then
        add_seed "$seeds/tmp.u16"
    fi
    rm -f "$seeds/tmp.gb" "$seeds/tmp.u16"
done < <(find "$root/resources/samples" "$samples" -type f -name '*.txt' -print0 2>/dev/null)
if [ -d "$root/tests/data/bad" ]; then
    find "$root/tests/data/bad" -type f -size -1M -print0 | while IFS= read -r -d '' f; do add_seed "$f"; done
fi
echo "fuzz: $(find "$seeds" -type f | wc -l) shared seed files"

status=0
summary=""
for harness in "$build"/bin/fuzz_*; do
    [ -x "$harness" ] || continue
    name=$(basename "$harness")
    corpus="$work/corpus/$name"
    mkdir -p "$corpus"
    extra=()
    if [ -d "$root/tools/fuzz/seeds/$name" ]; then extra+=("$root/tools/fuzz/seeds/$name"); fi
    # tools/fuzz/<harness>.options: extra libFuzzer flags, one line (e.g. a smaller -max_len).
    flags=(-max_len=65536)
    if [ -f "$root/tools/fuzz/$name.options" ]; then read -r -a flags <"$root/tools/fuzz/$name.options"; fi
    # tools/fuzz/<harness>.dict: a libFuzzer dictionary of tokens the code under test looks for.
    if [ -f "$root/tools/fuzz/$name.dict" ]; then flags+=(-dict="$root/tools/fuzz/$name.dict"); fi
    log="$work/$name.log"
    echo "fuzz: running $name for ${seconds}s (log: $log)"
    set +e
    "$harness" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 "${flags[@]}" \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/$name-" \
        "$corpus" "$seeds" "${extra[@]}" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    if [ "$rc" -ne 0 ]; then
        status=1
        summary+="$name: FAILED (exit $rc) after ${execs:-?} executions; see $log"$'\n'
        grep -E 'ERROR|SUMMARY|fuzz_' "$log" | head -5 || true
    else
        summary+="$name: ok, ${execs:-?} executions, ${cov:-cov: ?}, corpus $(find "$corpus" -type f | wc -l) files"$'\n'
    fi
done
printf '%s' "$summary"
exit "$status"
