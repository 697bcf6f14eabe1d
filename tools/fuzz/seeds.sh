#!/usr/bin/env bash
# Gathers the seed inputs every harness starts from into one folder (emptied first), never into the
# repository: the demo issue (resources/samples), the real sample pages, GB18030 and UTF-16 copies
# of those UTF-8 pages, the bad-input matrix (tests/data/bad) and the page snippets the tests expect
# (tests/data/*-expected, JSON and outlines).
#
#   tools/fuzz/seeds.sh OUT_DIR [SAMPLES_DIR]
#
# SAMPLES_DIR defaults to $BROADSHEET_SAMPLES_DIR, else ../shared/samples beside the repository;
# an absent folder is skipped. Files are named by content hash, so duplicates collapse.
set -euo pipefail

out=${1:?usage: seeds.sh OUT_DIR [SAMPLES_DIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
samples=${2:-${BROADSHEET_SAMPLES_DIR:-$root/../shared/samples}}

rm -rf "$out"
mkdir -p "$out"
add_seed() { # file
    local sum
    sum=$(sha1sum "$1" | cut -c1-16)
    cp "$1" "$out/$sum"
}
tmp="$out/.tmp"
while IFS= read -r -d '' f; do
    add_seed "$f"
    if iconv -f UTF-8 -t GB18030 "$f" >"$tmp" 2>/dev/null; then add_seed "$tmp"; fi
    if { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } >"$tmp" 2>/dev/null; then add_seed "$tmp"; fi
done < <(find "$root/resources/samples" "$samples" -type f \( -name '*.txt' -o -name '*.md' \) -print0 2>/dev/null)
rm -f "$tmp"
while IFS= read -r -d '' f; do add_seed "$f"; done \
    < <(find "$root/tests/data" -type f -size -1024k ! -name README.md -print0 2>/dev/null)
echo "fuzz seeds: $(find "$out" -type f | wc -l) files in $out"
