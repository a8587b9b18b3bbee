#!/usr/bin/env bash
# Runs clang-tidy with the repository's .clang-tidy over the product's C++ (src/), or over the files named, using
# the compile commands of the default build (configured first if it is not). Fails on any finding.
#   scripts/tidy.sh                      every source file under src/ (about half an hour on two cores)
#   scripts/tidy.sh src/http/router.cpp  just these
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f build/compile_commands.json ] || cmake --preset default >/dev/null
# Generated sources (embedded files, the layers' include roots) must exist before clang-tidy reads a file.
cmake --build --preset default --target upward >/dev/null

if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(find src -name '*.cpp' | sort)
fi
run-clang-tidy -quiet -p build -j "$(nproc)" "${files[@]/#/$PWD/}"
