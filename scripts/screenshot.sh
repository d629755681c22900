#!/usr/bin/env bash
# Takes a screenshot of the real app under Xvfb, for the README.
#   scripts/screenshot.sh OUT.png [SHMSCOPE ARGS...]      e.g. scripts/screenshot.sh shot.png --key 0x1234
# LANG/LC_ALL choose the language. Start a few segments first (for example the lesson's program) so
# that the table has rows.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "$1")
shift
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
unset QT_QPA_PLATFORM
xvfb-run -a -s '-screen 0 1200x720x24' bash -c '
    out=$1; shift
    "$@" & app=$!
    # The window has nothing to report when it is ready; give it time to draw its first scans.
    sleep 3
    xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$out"
    kill "$app"' _ "$out" "$ROOT/build/bin/shmscope" "$@"
echo "wrote $out"
