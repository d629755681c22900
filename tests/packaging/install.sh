#!/usr/bin/env bash
# cmake --install into a temporary DESTDIR installs exactly the expected files, and the binaries run from there.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_tool file file
need_tool appstreamcli appstream
make_scratch

root="$SCRATCH/root"
log=$(DESTDIR="$root" "$CMAKE" --install "$BUILD_DIR" --prefix /usr 2>&1) || fail "cmake --install failed:"$'\n'"$log"
listing=$(cd "$root" && find . ! -type d | sed 's|^\./||')
# Everything under the prefix: a file outside it would be a rule with an absolute DESTINATION.
outside=$(grep -v '^usr/' <<<"$listing" || true)
[ -z "$outside" ] || fail "cmake --install wrote outside the prefix /usr:"$'\n'"$outside"
sed 's|^usr/||' <<<"$listing" | check_file_list "cmake --install --prefix /usr"

for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    kind=$(file -b "$png")
    [[ "$kind" == "PNG image data, $size x $size,"* ]] || fail "$png is not a ${size}x${size} PNG: $kind"
done
echo "ok: each hicolor PNG has the size of its folder"

# The tree as a software centre sees it: the metainfo's launchable .desktop file is installed beside it.
out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || fail "appstreamcli validate-tree rejects the install:"$'\n'"$out"
echo "ok: appstreamcli validate-tree --no-net finds the metainfo and its .desktop file together"

check_binaries_run "$root/usr/bin"
