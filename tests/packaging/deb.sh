#!/usr/bin/env bash
# cpack -G DEB builds shmscope_<version>_<arch>.deb: the expected files, the fields and the Depends that
# shlibdeps cannot see; unpacked, its binaries run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool file file
make_scratch

log=$("$CPACK" -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$SCRATCH/out" 2>&1) ||
    fail "cpack -G DEB failed:"$'\n'"$log"
deb="$SCRATCH/out/shmscope_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"); it made: $(cd "$SCRATCH/out" && ls -- *.deb 2>&1)"
echo "ok: cpack -G DEB made $(basename "$deb")"

# dpkg-deb -c: "perms owner size date time ./path" (and " -> target" for a link); folders end in /.
dpkg-deb -c "$deb" | awk '{ print $6 }' | grep -v '/$' | sed 's|^\./usr/||' | check_file_list "$(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
# The package names alone, one a line: "libc6 (>= 2.34), a | b" gives libc6, a and b.
depended=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
# Opened at run time, invisible to dpkg-shlibdeps: listed by hand in packaging/cpack.cmake.
for package in libqt6svg6 qt6-qpa-plugins libclang1-14 libclang-common-14-dev libc6-dev; do
    grep -qxF "$package" <<<"$depended" || fail "Depends lacks $package: $depends"
done
# Linked, found by dpkg-shlibdeps: proof that it ran.
for package in libqt6widgets6 libqt6core6 libc6 libstdc++6 libssl3 zlib1g; do
    grep -qxF "$package" <<<"$depended" || fail "Depends lacks $package (did dpkg-shlibdeps run?): $depends"
done
echo "ok: Depends: $depends"

[ "$(field Package)" = shmscope ] || fail "Package is \"$(field Package)\", not shmscope."
[ "$(field Version)" = "$VERSION" ] || fail "Version is \"$(field Version)\", not $VERSION."
[ "$(field Section)" = devel ] || fail "Section is \"$(field Section)\", not devel."
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "Maintainer \"$(field Maintainer)\" has no e-mail address."
description=$(field Description)
[ "$(wc -l <<<"$description")" -ge 2 ] || fail "Description has no long description: $description"
long=$(awk 'length > 80' <<<"$description")
[ -z "$long" ] || fail "Description has lines longer than 80 characters:"$'\n'"$long"
echo "ok: Package, Version, Section, Maintainer and Description"

unpacked="$SCRATCH/unpacked"
dpkg -x "$deb" "$unpacked"
copyright="$unpacked/usr/share/doc/shmscope/copyright"
grep -qx 'License: MIT' "$copyright" || fail "$copyright does not say License: MIT."
grep -qF ' Permission is hereby granted, free of charge' "$copyright" || fail "$copyright lacks the licence's text."
echo "ok: usr/share/doc/shmscope/copyright: MIT, with its text"
for program in shmscope shmdemo; do
    [[ "$(file -b "$unpacked/usr/bin/$program")" == *", stripped"* ]] || fail "usr/bin/$program in the .deb is not stripped."
done
check_binaries_run "$unpacked/usr/bin"
