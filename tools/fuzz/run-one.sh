#!/usr/bin/env bash
# Runs one libFuzzer harness for a while over its growing corpus and the shared seeds, then prints
# one line: executions, coverage (cov), features (ft) and corpus size, or the failure.
#
#   tools/fuzz/run-one.sh HARNESS SECONDS WORK_DIR SEED_DIR
#
# The corpus grows in WORK_DIR/corpus/<harness> (so runs continue where the last one stopped) and
# crashes, leaks and timeouts land in WORK_DIR/artifacts/<harness>-*; the whole libFuzzer output is
# in WORK_DIR/<harness>.log. tools/fuzz/<harness>.options may hold extra libFuzzer flags on one line
# (e.g. a smaller -max_len), tools/fuzz/<harness>.dict a dictionary, tools/fuzz/seeds/<harness>/
# seeds of its own. Exits with the harness's status: non-zero on a crash, leak or timeout.
set -euo pipefail

harness=${1:?usage: run-one.sh HARNESS SECONDS WORK_DIR SEED_DIR}
seconds=${2:?}
work=${3:?}
seeds=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$harness")
corpus="$work/corpus/$name"
log="$work/$name.log"
mkdir -p "$corpus" "$work/artifacts"

dirs=("$corpus")
if [ -d "$seeds" ]; then dirs+=("$seeds"); fi
if [ -d "$here/seeds/$name" ]; then dirs+=("$here/seeds/$name"); fi
flags=(-max_len=65536)
if [ -f "$here/$name.options" ]; then read -r -a flags <"$here/$name.options"; fi
if [ -f "$here/$name.dict" ]; then flags+=(-dict="$here/$name.dict"); fi

set +e
"$harness" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 "${flags[@]}" \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$name-" "${dirs[@]}" >"$log" 2>&1
rc=$?
set -e
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
cov=$(grep -o 'cov: [0-9]*' <<<"$last" || true)
ft=$(grep -o 'ft: [0-9]*' <<<"$last" || true)
if [ "$rc" -ne 0 ]; then
    echo "$name: FAILED (exit $rc) after ${execs:-?} executions in ${seconds}s; the log is $log:"
    grep -E -A12 '==ERROR|^SUMMARY|runtime error|fuzz_[a-z_]+: ' "$log" | head -40 || true
    ls "$work"/artifacts/"$name"-* 2>/dev/null | sed 's/^/  artifact: /' || true
    exit "$rc"
fi
echo "$name: ok, ${execs:-?} executions in ${seconds}s, ${cov:-cov: ?}, ${ft:-ft: ?}, corpus $(find "$corpus" -type f | wc -l) files"
