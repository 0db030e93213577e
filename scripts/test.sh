#!/usr/bin/env bash
# Runs every test in the solution and ends with one summary line over all test projects.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

log="$(mktemp)"
dotnet test ShortVideo.sln --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# After a failure, the started system's own warnings and errors (kept by the end-to-end fixture in
# TestResults/system-logs) say what the services saw; the last few of each are printed here.
logs=tests/ShortVideo.EndToEnd.Tests/bin/Debug/net10.0/TestResults/system-logs
if [ "$status" -ne 0 ] && [ -d "$logs" ]; then
  for file in "$logs"/*.log; do
    problems="$(grep -E -A1 '(warn|fail|crit): |^stderr: ' "$file" | grep -v '^--$' | tail -n 24)"
    [ -n "$problems" ] && printf '\n== %s (warnings and errors, last 24 lines)\n%s\n' "$(basename "$file")" "$problems"
  done
  echo
fi

# Each test assembly prints "Passed!  - Failed: 0, Passed: 18, Skipped: 0, Total: 18, ..."; add them up.
grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1}' || status=1
rm -f "$log"
dotnet build-server shutdown >/dev/null 2>&1 || true
exit "$status"
