#!/usr/bin/env bash
# Install what is missing, build into build/ and run the whole CTest suite headless.
#   ./test.sh             the suite
#   ./test.sh --bench     the benchmarks instead, ending with one table of their figures (docs/PERFORMANCE.md)
#   ./test.sh --sanitize  the suite built with clang under ASan + UBSan, into build-asan/ (CMake preset asan)
#   ./test.sh --extended  the suite, then each libFuzzer target for FUZZ_SECONDS (default 60) on a copy of
#                         its corpus (scripts/fuzz.sh); fails on any crash a fuzzer finds
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$ROOT/scripts/common.sh"

build=release
preset=release
fuzz=false
case "${1:-}" in
    "") ;;
    --bench) preset=bench ;;
    --sanitize) build=asan preset=asan ;;
    --extended) fuzz=true ;;
    *) echo "usage: ./test.sh [--bench | --sanitize | --extended]" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "usage: ./test.sh [--bench | --sanitize | --extended]" >&2; exit 2; }

shmscope_install_packages
shmscope_build "$build"

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
cd "$ROOT"
if [ "$preset" = bench ]; then
    # Each benchmark's own tables, then one table of the figures of all of them (scripts/benchtable.sh).
    ctest --preset bench --timeout 300 | tee "$XDG_RUNTIME_DIR/bench.log"
    echo
    "$ROOT/scripts/benchtable.sh" "$XDG_RUNTIME_DIR/bench.log"
else
    ctest --preset "$preset" --timeout 300
fi
if $fuzz; then
    "$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-60}"
fi
