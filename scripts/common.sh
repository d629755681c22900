# Shared by run.sh and test.sh: install what is missing, then configure and build into build/.
# Sourced, not executed; expects ROOT to be the repository's top folder.

# Debian packages the build, the tests and the headless screenshots need.
SHMSCOPE_PACKAGES=(
    cmake ninja-build g++ gcc pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-qpa-plugins libgl-dev
    qt6-translations-l10n
    libclang-14-dev
    libssl-dev zlib1g-dev # core::Digest: MD5, SHA-1, SHA-256 from libcrypto; CRC-32, Adler-32 from zlib
    # clang with its ASan/UBSan/libFuzzer runtimes, and llvm-symbolizer for file:line in their reports:
    # ./test.sh --sanitize, ./test.sh --extended, scripts/fuzz.sh.
    clang libclang-rt-14-dev llvm-14
    util-linux bsdextrautils procps
    python3 # tests/layers/check_layers.py
    xvfb xauth x11-apps netpbm fonts-wqy-microhei
    xdotool # scripts/screenshot.sh drives the window as a user would
    desktop-file-utils appstream dpkg-dev file groff-base binutils # binutils: readelf, in tests/packaging
)

shmscope_install_packages() {
    local missing=()
    local pkg
    for pkg in "${SHMSCOPE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root or sudo." >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds a configure preset of CMakePresets.json: release (build/) unless another is named,
# e.g. asan (build-asan/).
shmscope_build() {
    local preset=${1:-release}
    cmake --preset "$preset" -S "$ROOT" >/dev/null || return 1
    (cd "$ROOT" && cmake --build --preset "$preset")
}
