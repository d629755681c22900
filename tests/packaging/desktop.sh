#!/usr/bin/env bash
# The .desktop file passes desktop-file-validate without a remark, and starts what we install.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_tool desktop-file-validate desktop-file-utils

desktop="$PACKAGING_DIR/$APP_ID.desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate rejects $desktop:"$'\n'"$out"
# Hints fail too: the one it gave before (two main categories) put the app twice in some menus.
[ -z "$out" ] || fail "desktop-file-validate has remarks on $desktop:"$'\n'"$out"
echo "ok: desktop-file-validate $desktop"

grep -qx 'Exec=shmscope' "$desktop" || fail "$desktop does not start shmscope (Exec=shmscope)."
grep -qx "Icon=$APP_ID" "$desktop" || fail "$desktop does not name the installed icon (Icon=$APP_ID)."
echo "ok: Exec and Icon name what the install rules install"
