#!/usr/bin/env bash
# Builds and runs the people-import benchmark: Upward's import of a generated 1,000,000-person directory
# against the sqlite3 shell's .import of the same file. Extra arguments go to the program
# (--rows N, --runs N, --postgres URL, --csv PATH). Safe to run again. UPWARD_BUILD_DIR names another
# build folder than build/ (configured with RelWithDebInfo or Release: a Debug build measures nothing).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v sqlite3 >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq sqlite3
fi

build="${UPWARD_BUILD_DIR:-build}"
if [ "$build" = build ]; then
    [ -f build/CMakeCache.txt ] || cmake --preset default
fi
cmake --build "$build" --target import_benchmark
exec "$build/bench/import/import_benchmark" "$@"
