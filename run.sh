#!/usr/bin/env bash
# Install what is missing, build into build/ (Release) and start ShmScope with the given arguments.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$ROOT/scripts/common.sh"

shmscope_install_packages
shmscope_build
exec "$ROOT/build/bin/shmscope" "$@"
