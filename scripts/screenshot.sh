#!/usr/bin/env bash
# The screenshots of the README and the AppStream metadata, taken of the real app under Xvfb:
#   scripts/screenshot.sh [OUT_DIR]      writes OUT_DIR/screenshot.png (English), screenshot-zh_CN.png
#                                        (Simplified Chinese) and screenshot-presentation.png (presentation
#                                        mode at 200 %); OUT_DIR is docs/ unless given
# The screen is a classroom projector's, 1280x720.
# The scene is a lesson: the lesson's segment 0x1234 attached, its bytes and struct st_pid in the panes, two
# lesson writers (shmdemo write, started from the Lesson menu) renaming themselves, and the call log in view.
# The app gets a settings folder of its own, so that the user's saved window is not in the picture, and, as
# root, a private IPC namespace and /dev/shm, so that the tables list the lesson's segment alone and nothing is
# left over.
# It builds build/ first (as run.sh does) unless SHMSCOPE_BUILD_DIR names a build folder to take the programs from.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WIDTH=1280
HEIGHT=720

# One picture, run inside Xvfb by the part below: scene LANG OUT.png BIN [present]
scene() {
    local lang=$1 out=$2 bin=$3 mode=${4:-window}
    local scratch
    scratch=$(mktemp -d)
    mkdir -m 0700 "$scratch/runtime"
    export XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
    unset QT_QPA_PLATFORM LC_ALL LC_MESSAGES LANGUAGE
    # The lesson's segment, as the teacher's own first run of the program leaves it.
    "$bin/shmdemo" write Teacher --hold 0 >/dev/null
    LANG="$lang" "$bin/shmscope" --key 0x1234 & # for the app alone: the locale need not be installed
    local app=$!
    local window
    window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" --name ShmScope | head -1 || true)
    [ -n "$window" ] || { echo "screenshot.sh: the window of $bin/shmscope did not show within 30 s." >&2; exit 1; }
    xdotool windowsize --sync "$window" "$WIDTH" "$HEIGHT"
    xdotool windowfocus --sync "$window"
    # The window says nothing when it is ready; these pauses give it time to scan, attach and start.
    sleep 2
    local name
    for name in Alice Bob; do
        xdotool key ctrl+shift+w # Lesson > Run Lesson Writer: the cursor in the writer's name
        sleep 0.5
        xdotool type --delay 20 "$name"
        xdotool key Return
        sleep 1
    done
    if [ "$mode" = present ]; then
        xdotool key F11 # presentation mode, at 150 %
        sleep 1
        xdotool key ctrl+plus ctrl+plus # 200 %, for the back of the room
    fi
    sleep 3 # a few renames each: the bytes and the fields light up
    xdotool mousemove --window "$window" $((WIDTH / 2)) 0 # no tooltip in the picture
    sleep 1
    xwd -id "$window" -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out"
    # Stop All Writers, then Quit: the window stops its writers and detaches.
    xdotool key ctrl+shift+x
    sleep 1
    xdotool key ctrl+q
    local waited=0
    while kill -0 "$app" 2>/dev/null && [ $waited -lt 50 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill "$app" 2>/dev/null || true
    "$bin/shmdemo" remove >/dev/null || true
    rm -rf "$scratch"
}

if [ "${1:-}" = --scene ]; then
    shift
    scene "$@"
    exit
fi

source "$ROOT/scripts/common.sh"
shmscope_install_packages
if [ -z "${SHMSCOPE_BUILD_DIR:-}" ]; then
    shmscope_build
fi
bin=$(cd "${SHMSCOPE_BUILD_DIR:-$ROOT/build}" && pwd)/bin
out=$(realpath -m "${1:-$ROOT/docs}")
mkdir -p "$out"
private=()
if [ "$(id -u)" -eq 0 ] && unshare -im true 2>/dev/null; then
    # A /dev/shm of its own too, so that the POSIX tabs count only what the scene made.
    private=(unshare -im sh -c 'mount -t tmpfs tmpfs /dev/shm && exec "$@"' sh)
else
    echo "Not root: the table lists every segment and POSIX object of the machine, and a segment 0x1234 there is the lesson's." >&2
fi
for shot in "C.UTF-8 screenshot.png" "zh_CN.UTF-8 screenshot-zh_CN.png" "C.UTF-8 screenshot-presentation.png present"; do
    read -r lang file mode <<<"$shot"
    "${private[@]}" xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24" "$0" --scene "$lang" "$out/$file" "$bin" "${mode:-window}"
    echo "wrote $out/$file"
done
