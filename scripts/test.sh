#!/usr/bin/env bash
# The whole test suite, twice: a Release build and an ASan+UBSan build. Exit non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
for kind in release asan; do
  echo "== $kind build" >&2
  scripts/build.sh "$kind"
  echo "== $kind tests" >&2
  # Leaks are findings too; abort on the first UBSan report.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "build/$kind" --output-on-failure --parallel "$(nproc)"
done
