#!/usr/bin/env bash
# The AppStream metainfo passes appstreamcli validate, and agrees with the project and the .desktop file.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_tool appstreamcli appstream
need_tool file file

metainfo="$PACKAGING_DIR/$APP_ID.metainfo.xml"
# --no-net: offline it would fail on the screenshot and homepage URLs it cannot fetch.
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) ||
    fail "appstreamcli validate rejects $metainfo:"$'\n'"$out"
# Every error, warning and info fails; of the pedantic remarks one is allowed:
# cid-contains-uppercase-letter, because io.github.shmscope.ShmScope keeps the app's name as it is
# written (the .desktop file, the icons and the D-Bus style id must all be the same string).
remarks=$(grep -E '^[EWIP]: ' <<<"$out" | grep -v ': cid-contains-uppercase-letter ' || true)
[ -z "$remarks" ] || fail "appstreamcli validate has remarks on $metainfo:"$'\n'"$remarks"
echo "ok: appstreamcli validate --no-net --pedantic $metainfo (cid-contains-uppercase-letter allowed)"

# Our own file, written one element a line: grep is enough to read it.
newest=$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$newest" = "$VERSION" ] ||
    fail "the newest <release> in $metainfo is \"$newest\", the project's version is $VERSION: add a release."
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $APP_ID.desktop."
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "$metainfo has no oars-1.1 content rating."
homepage=$(sed -n 's/^CMAKE_PROJECT_HOMEPAGE_URL:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
grep -q "<url type=\"homepage\">$homepage</url>" "$metainfo" ||
    fail "the homepage in $metainfo is not the project's ($homepage)."
# The English window and the Chinese one, each a file of the repository.
# The size each says it has is the picture's (file: "PNG image data, 1280 x 800, ...").
for shot in screenshot.png screenshot-zh_CN.png; do
    image=$(grep -o "<image type=\"source\"[^>]*>$homepage/docs/$shot</image>" "$metainfo") ||
        fail "$metainfo does not show the screenshot $homepage/docs/$shot."
    [ -f "$SOURCE_DIR/docs/$shot" ] || fail "the screenshot docs/$shot is not in the repository."
    size=$(file -b "$SOURCE_DIR/docs/$shot" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/width="\1" height="\2"/p')
    [[ "$image" == *" $size>"* ]] || fail "docs/$shot is $size, not as $metainfo says: $image"
done
grep -q '<project_license>MIT</project_license>' "$metainfo" || fail "$metainfo does not say the project is MIT."
head -1 "$SOURCE_DIR/LICENSE" | grep -qx 'MIT License' || fail "LICENSE is not the MIT License."
echo "ok: release $VERSION, launchable, content rating, homepage, screenshots and licence agree with the project"
