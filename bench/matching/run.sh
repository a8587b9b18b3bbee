#!/usr/bin/env bash
# Builds the matching benchmark, prepares scipy as the peer, and runs it.
#
# Debian 12's python3-scipy depends (through python3-pythran) on Boost 1.74
# headers, which clash with the project's Boost. scipy never imports pythran at
# run time, so its other dependencies are installed normally and the scipy
# package itself is unpacked into a private folder under the build directory.
# Idempotent: every step is skipped when already done.
#
# Usage: bench/matching/run.sh [build-dir]   (default: build)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-${repo}/build}"
work="${build}/bench-matching"
peer="${work}/scipy-root"
python=/usr/bin/python3
mkdir -p "${work}"

need=()
for pkg in python3 python3-numpy python3-decorator libgfortran5 liblapack3 libblas3 liblbfgsb0 liblemon-dev; do
  dpkg -s "${pkg}" >/dev/null 2>&1 || need+=("${pkg}")
done
if ((${#need[@]})); then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
fi

if [[ ! -d "${peer}/usr/lib/python3/dist-packages/scipy" ]]; then
  (cd "${work}" && rm -f python3-scipy_*.deb && apt-get download python3-scipy)
  rm -rf "${peer}"
  dpkg -x "${work}"/python3-scipy_*.deb "${peer}"
fi
export PYTHONPATH="${peer}/usr/lib/python3/dist-packages${PYTHONPATH:+:${PYTHONPATH}}"
"${python}" -c "import scipy.optimize, scipy.sparse.csgraph" 

if [[ ! -f "${build}/CMakeCache.txt" ]]; then
  cmake -S "${repo}" -B "${build}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "${build}" --target matching_benchmark -j2

bench="$(find "${build}" -name matching_benchmark -type f -perm -u+x | head -n 1)"
"${bench}" --work-dir "${work}" --python "${python}" --peer "${repo}/bench/matching/scipy_peer.py" "${@:2}"
