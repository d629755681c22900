#!/usr/bin/env bash
# Install what is missing, build into build/ and run the whole CTest suite headless.
#   ./test.sh          the suite
#   ./test.sh --bench  the benchmarks instead (figures for docs/PERFORMANCE.md)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$ROOT/scripts/common.sh"

preset=release
case "${1:-}" in
    "") ;;
    --bench) preset=bench ;;
    *) echo "usage: ./test.sh [--bench]" >&2; exit 2 ;;
esac

shmscope_install_packages
shmscope_build

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
cd "$ROOT"
ctest --preset "$preset" --timeout 300
