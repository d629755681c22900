#!/usr/bin/env bash
# The man pages format without a warning, carry the project's version and describe every option --help lists.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_tool groff groff-base

for program in shmscope shmdemo; do
    page="$PACKAGING_DIR/$program.1"
    [ -f "$page" ] || fail "$page is missing."
    warnings=$(groff -man -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $page:"$'\n'"$warnings"

    title=$(grep -m1 '^\.TH ' "$page")
    [[ "$title" == *"\"ShmScope $VERSION\""* ]] ||
        fail "$page is titled for another version ($title), not ShmScope $VERSION."

    binary="$BUILD_DIR/bin/$program"
    [ -x "$binary" ] || fail "$binary is not built."
    help=$("$binary" --help) || fail "$binary --help failed."
    # In troff source a minus is written \-; an option --read-write is \-\-read\-write.
    for option in $(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
        grep -qF -- "${option//-/\\-}" "$page" || fail "$page does not describe $option, which $program --help lists."
    done
    echo "ok: $page formats cleanly, is for $VERSION and describes every option of $program --help"
done
