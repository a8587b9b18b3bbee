#!/usr/bin/env bash
# Checks (default) or applies (--fix) .clang-format on every C++ file of the repository: src/, tests/, bench/.
# The check is a CTest test, so `make test` fails on a file that is not formatted; `make format` fixes them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests bench -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort)
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    echo "formatted ${#files[@]} files"
else
    clang-format --dry-run --Werror "${files[@]}"
    echo "${#files[@]} files formatted as .clang-format says"
fi
