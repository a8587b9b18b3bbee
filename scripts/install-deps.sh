#!/usr/bin/env bash
# Installs what building, running and testing Upward needs, and only what is missing: Debian packages
# with apt-get, the web UI's npm packages with `npm ci`. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    g++ cmake make pkg-config python3            # toolchain; python3 picks free ports in the test harness
    libboost1.81-dev                             # Boost.Beast/Asio (HTTP server), Boost.URL
    libsoci-dev libsqlite3-dev libpq-dev         # one database layer over SQLite and PostgreSQL
    libsodium-dev                                # Argon2id password hashes, secrets, digests
    libcurl4-openssl-dev                         # SMTP client of the mail worker (smtp://, smtps://, STARTTLS)
    libcmark-gfm-dev libcmark-gfm-extensions-dev # training modules' Markdown (GitHub flavour), rendered safely
    nlohmann-json3-dev libcli11-dev libspdlog-dev libcsv-dev libhowardhinnant-date-dev tzdata
    libgtest-dev libgmock-dev liblemon-dev       # tests; LEMON cross-checks the matching solvers
    sqlite3 postgresql                           # the import benchmark's peer; the throwaway test cluster
    python3-aiosmtpd                             # the real SMTP server the mail tests deliver to
    libical-dev                                  # iCalendar invitations and subscription feeds (src/calendar/)
    python3-icalendar                            # tests: an independent parser reads the .ics files back
    python3-jsonschema                           # tests: every recorded API response against its OpenAPI schema
    chromium                                     # the browser the end-to-end tests drive
    clang-format                                 # `make test` checks every C++ file against .clang-format
    clang-tidy                                   # `make tidy`: the static checks of .clang-tidy over src/
)

missing=()
for package in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
        missing+=("$package")
    fi
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The lock file decides the versions; reinstall only when it changed since the last install.
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    (cd web && npm ci --no-audit --no-fund)
fi
