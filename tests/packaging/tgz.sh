#!/usr/bin/env bash
# cpack -G TGZ builds shmscope-<version>-Linux.tar.gz with the expected files under one top folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
make_scratch

log=$("$CPACK" -G TGZ --config "$BUILD_DIR/CPackConfig.cmake" -B "$SCRATCH/out" 2>&1) ||
    fail "cpack -G TGZ failed:"$'\n'"$log"
top="shmscope-$VERSION-Linux"
tgz="$SCRATCH/out/$top.tar.gz"
[ -f "$tgz" ] || fail "cpack made no $(basename "$tgz"); it made: $(cd "$SCRATCH/out" && ls -- *.tar.gz 2>&1)"
echo "ok: cpack -G TGZ made $(basename "$tgz")"

listing=$(tar -tzf "$tgz" | grep -v '/$')
outside=$(grep -v "^$top/" <<<"$listing" || true)
[ -z "$outside" ] || fail "$(basename "$tgz") has files outside $top/:"$'\n'"$outside"
sed "s|^$top/||" <<<"$listing" | check_file_list "$(basename "$tgz")"

tar -xzf "$tgz" -C "$SCRATCH"
check_binaries_run "$SCRATCH/$top/bin"
