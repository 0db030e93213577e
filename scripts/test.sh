#!/usr/bin/env bash
# Runs every test in the solution and ends with one summary line over all test projects.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

log="$(mktemp)"
dotnet test ShortVideo.sln --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: 0, Passed: 18, Skipped: 0, Total: 18, ..."; add them up.
grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1}' || status=1
rm -f "$log"
dotnet build-server shutdown >/dev/null 2>&1 || true
exit "$status"
