#!/usr/bin/env bash
# Build the libFuzzer targets (CMake preset "fuzz": clang, ASan + UBSan, into build-fuzz/) and run each for
# SECONDS (default 60) on a copy of its seed corpus from tests/fuzz/corpus/ (the struct parser's: tests/data/layouts/). The repository's corpus is
# only read; each run works in build-fuzz/fuzz-runs/DATE/TARGET/ (corpus/, artifacts/, log.txt).
# Exits 1 when a fuzzer finds a crash, a hang, a leak or a broken invariant, and names the reproducer:
# `build-fuzz/bin/TARGET FILE` runs it again.
#   scripts/fuzz.sh [SECONDS]
#   FUZZ_TARGETS="fuzz_input fuzz_procparser" scripts/fuzz.sh 30     some of them only
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ] || [ $# -gt 1 ]; then
    echo "usage: scripts/fuzz.sh [SECONDS]   (each fuzzer runs SECONDS, default 60)" >&2
    exit 2
fi
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_structparser fuzz_procparser fuzz_input}"
command -v clang++ >/dev/null || { echo "fuzz.sh needs clang++ (apt-get install clang)." >&2; exit 2; }

cd "$ROOT"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

runs="$ROOT/build-fuzz/fuzz-runs/$(date +%Y%m%d-%H%M%S)"
# UBSan already aborts (-fno-sanitize-recover); with a stack the report says where.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# libclang parses on a thread of its own, started and ended for every parse, unless told not to. With
# threads coming and going at each input, LeakSanitizer's leak check (libFuzzer runs one after an input
# that seemed to leak) once crashed in its own tracer ("Tracer caught signal 11") on an empty input that
# ran clean again: a fault of the tool, which would fail ./test.sh --extended at random. One thread it is.
export LIBCLANG_NOTHREADS=1
failed=()
for target in "${targets[@]}"; do
    seeds="$ROOT/tests/fuzz/corpus/$target"
    # The struct parser starts from the layouts the gcc comparison uses, not from copies of them.
    [ "$target" = fuzz_structparser ] && seeds="$ROOT/tests/data/layouts"
    binary="$ROOT/build-fuzz/bin/$target"
    if [ ! -d "$seeds" ] || [ ! -x "$binary" ]; then
        echo "$target: no such fuzzer or corpus" >&2
        exit 2
    fi
    work="$runs/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -R "$seeds/." "$work/corpus/"
    args=("$work/corpus" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096
          -artifact_prefix="$work/artifacts/" -print_final_stats=1)
    [ -f "$ROOT/tests/fuzz/$target.dict" ] && args+=(-dict="$ROOT/tests/fuzz/$target.dict")

    echo "== $target: ${seconds} s (log: $work/log.txt)"
    status=0
    (cd "$work" && "$binary" "${args[@]}") >"$work/log.txt" 2>&1 || status=$?
    runsDone=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log.txt" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$work/log.txt" | tail -n 1 || true)
    echo "   ${runsDone:-?} runs, ${rate:-?} exec/s, ${coverage:-cov: ?}, corpus $(find "$work/corpus" -type f | wc -l) files"
    found=$(find "$work/artifacts" -type f | sort)
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        failed+=("$target")
        echo "   FOUND (exit $status):"
        grep -m 3 -E 'invariant broken|qFatal|ERROR: |runtime error|SUMMARY' "$work/log.txt" | sed 's/^/   /' || true
        for file in $found; do echo "   reproduce: $binary $file"; done
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "Findings in: ${failed[*]} (runs kept in $runs)" >&2
    exit 1
fi
echo "No findings (runs kept in $runs)."
