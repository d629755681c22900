#!/usr/bin/env bash
# Renders the app icon resources/icons/shmscope.svg into the PNG sizes the hicolor theme wants, under
# packaging/icons/NxN/. Run it again after changing the SVG, and commit the PNGs.
#
# The PNGs are committed rather than made at build time: they change only when the SVG does, and a build
# (run.sh, test.sh, a packager's) then needs nothing beyond Qt and CMake; rsvg-convert (Debian's
# librsvg2-bin) is needed only here.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v rsvg-convert >/dev/null || { echo "make-icons.sh needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }

svg="$ROOT/resources/icons/shmscope.svg"
for size in 16 32 48 64 128 256; do
    dir="$ROOT/packaging/icons/${size}x${size}"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/io.github.shmscope.ShmScope.png" "$svg"
    echo "wrote ${dir#"$ROOT/"}/io.github.shmscope.ShmScope.png"
done
