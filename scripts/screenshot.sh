#!/usr/bin/env bash
# Takes a screenshot of the real app under Xvfb, for the README.
#   scripts/screenshot.sh OUT.png [LANG]
# Start a few segments first (for example with the lesson's program) so that the table has rows.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "$1")
export LANG=${2:-C.UTF-8} LC_ALL=${2:-C.UTF-8}
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
unset QT_QPA_PLATFORM
xvfb-run -a -s '-screen 0 1200x720x24' bash -c '
    "$0" & app=$!
    # The window has nothing to report when it is ready; give it time to draw its first scan.
    sleep 3
    xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$1"
    kill "$app"' "$ROOT/build/bin/shmscope" "$out"
echo "wrote $out"
