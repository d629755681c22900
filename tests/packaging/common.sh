# Shared by the packaging tests; sourced, not executed.
# Each test script takes the build folder as its only argument and reads the sources next to itself.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PACKAGING_DIR="$SOURCE_DIR/packaging"
APP_ID=io.github.shmscope.ShmScope

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need_tool() { # TOOL PACKAGE
    command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2 (./test.sh installs it)."
}

[ $# -eq 1 ] || fail "usage: $0 BUILD_DIR"
BUILD_DIR=$(cd "$1" 2>/dev/null && pwd) || fail "no build folder $1."
[ -f "$BUILD_DIR/CMakeCache.txt" ] || fail "$BUILD_DIR is not a configured build folder."
# The version CMake configured, from project(ShmScope VERSION ...).
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[ -n "$VERSION" ] || fail "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt."
# The cmake and cpack that configured the build, not whichever comes first on PATH.
CMAKE=$(sed -n 's/^CMAKE_COMMAND:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt")
CPACK=$(sed -n 's/^CMAKE_CPACK_COMMAND:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt")

# A fresh folder for this test, removed however the test ends.
make_scratch() {
    SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/shmscope-packaging.XXXXXX")
    trap 'rm -rf "$SCRATCH"' EXIT
}

# Every file an installation holds, relative to the prefix, sorted. The one list the install, .deb and
# .tar.gz tests compare against, so that a file missing or a file too many fails all three.
expected_files() {
    local size
    {
        echo bin/shmscope
        echo bin/shmdemo
        echo libexec/shmscope/shmscope-layout
        echo libexec/shmscope/shmscope-window
        echo "share/applications/$APP_ID.desktop"
        echo "share/metainfo/$APP_ID.metainfo.xml"
        echo "share/icons/hicolor/scalable/apps/$APP_ID.svg"
        for size in 16 32 48 64 128 256; do
            echo "share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        done
        echo share/man/man1/shmscope.1
        echo share/man/man1/shmdemo.1
        echo share/doc/shmscope/copyright
    } | LC_ALL=C sort
}

# Compares a list of installed files (stdin, relative to the prefix) with expected_files.
check_file_list() { # WHAT
    local actual
    actual=$(LC_ALL=C sort)
    if [ "$actual" != "$(expected_files)" ]; then
        echo "$1 does not hold exactly the expected files (< expected, > found):" >&2
        diff <(expected_files) <(echo "$actual") >&2 || true
        fail "$1: wrong file list."
    fi
    echo "ok: $1 holds the $(expected_files | wc -l) expected files"
}

# Runs the binaries of an installed tree (DESTDIR or an unpacked .deb) and checks what they print.
check_binaries_run() { # BINDIR
    need_tool readelf binutils
    local out
    out=$("$1/shmscope" --version 2>&1) || fail "$1/shmscope --version failed: $out"
    [ "$out" = "shmscope $VERSION" ] || fail "$1/shmscope --version printed \"$out\", not \"shmscope $VERSION\"."
    out=$("$1/shmdemo" --help 2>&1) || fail "$1/shmdemo --help failed: $out"
    [[ "$out" == "Usage: shmdemo COMMAND"* ]] || fail "$1/shmdemo --help printed no usage: $out"
    out=$("$1/shmdemo" --version 2>&1) || fail "$1/shmdemo --version failed: $out"
    [ "$out" = "shmdemo $VERSION" ] || fail "$1/shmdemo --version printed \"$out\", not \"shmdemo $VERSION\"."
    # shmscope starts as fast as ipcs because it does not load the window's libraries: only shmscope-window,
    # which it execs for the window, links Qt Widgets and Gui.
    local needed
    needed=$(readelf -d "$1/shmscope" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    grep -q '^libQt6Core' <<<"$needed" || fail "$1/shmscope does not link Qt Core: $needed"
    ! grep -q '^libQt6\(Gui\|Widgets\)' <<<"$needed" || fail "$1/shmscope links the window's libraries: $needed"
    needed=$(readelf -d "$1/../libexec/shmscope/shmscope-window" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    grep -q '^libQt6Widgets' <<<"$needed" || fail "shmscope-window does not link Qt Widgets: $needed"
    # With a display, bin/shmscope becomes libexec/shmscope/shmscope-window: the same process, the other file.
    local config pid exe=""
    config=$(mktemp -d "${TMPDIR:-/tmp}/shmscope-config.XXXXXX")
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$config" "$1/shmscope" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 200); do # polled for up to 20 s
        exe=$(readlink "/proc/$pid/exe" || true)
        [[ "$exe" == */shmscope-window ]] && break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$config"
    [ "$exe" = "$(cd "$1/../libexec/shmscope" && pwd -P)/shmscope-window" ] \
        || fail "$1/shmscope did not start the installed window program: it ran ${exe:-nothing}."
    # The layout worker, where core::LayoutWorker looks for it (../libexec/shmscope/ of the program's folder),
    # lays out a struct: its answer is a layout, not an error message.
    local worker="$1/../libexec/shmscope/shmscope-layout"
    out=$(printf 'struct s { int32_t a; };' | "$worker" | od -An -c | tr -d ' \n')
    [[ "$out" == *s*t*r*u*c*t* ]] || fail "$worker did not lay out a struct: $out"
    echo "ok: $1/shmscope --version and shmdemo --help, --version run; shmscope links Qt Core, not Gui or Widgets, and starts the window program in ../libexec/shmscope; the layout worker lays out a struct"
}
