#!/usr/bin/env bash
# Builds chatvault into build/<name>: scripts/build.sh release | asan
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-release}"
case "$kind" in
  release) flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHATVAULT_SANITIZE=ON) ;;
  *) echo "usage: scripts/build.sh release|asan" >&2; exit 1 ;;
esac
cmake -S . -B "build/$kind" "${flags[@]}" >/dev/null
cmake --build "build/$kind" --parallel "$(nproc)"
