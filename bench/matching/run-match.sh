#!/usr/bin/env bash
# Builds and runs the end-to-end matching benchmark: MatchingService::Run on SQLite with a generated
# 300,000-person directory, 10,000 mentee and 50,000 mentor applicants. Prints wall time and peak memory
# and fails when over the budget (10 s, 2 GiB). Extra arguments go to the program
# (--people N, --mentees N, --mentors N, --seed N, --work-dir DIR).
#
# Usage: bench/matching/run-match.sh [build-dir] [program arguments]   (default build dir: build)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-${repo}/build}"
if [[ ! -f "${build}/CMakeCache.txt" ]]; then
  cmake -S "${repo}" -B "${build}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "${build}" --target match_run_benchmark -j2
exec "${build}/bench/matching/match_run_benchmark" "${@:2}"
