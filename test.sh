#!/usr/bin/env bash
# Runs every FieldOps test: domain, service, API and component tests (FieldOps.Tests) and the end-to-end tests in
# Chromium (FieldOps.E2E). Installs what the tests need when it is missing (Chromium, poppler-utils, fonts, PostgreSQL, nginx), and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

results="artifacts/test-results"

say() { printf '\n==> %s\n' "$*"; }

install_system_packages() {
  local missing=()
  if [ -z "${FIELDOPS_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
  if ! command -v pdftotext >/dev/null 2>&1; then missing+=(poppler-utils); fi
  if ! fc-list 2>/dev/null | grep -qi dejavu; then missing+=(fonts-dejavu-core); fi
  # A throwaway PostgreSQL server is started by the tests that run the app on PostgreSQL.
  if [ -z "${FIELDOPS_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
  # The two-instance test runs the sample load-balancer configuration (deploy/nginx) in nginx.
  if [ -z "${FIELDOPS_NGINX:-}" ] && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
  [ ${#missing[@]} -eq 0 ] && return 0

  say "Installing ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "The tests need: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run again." >&2
      return 1
    fi
  fi
  $sudo apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

summary() {
  local passed=0 failed=0 counters
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
    failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  done
  echo "$passed passed, $failed failed"
}

status=0
install_system_packages || status=1

if [ $status -eq 0 ]; then
  say "Restoring tools and packages"
  dotnet tool restore >/dev/null && dotnet restore FieldOps.sln --verbosity quiet || status=1
fi

if [ $status -eq 0 ]; then
  say "Building"
  dotnet build FieldOps.sln --no-restore --nologo --verbosity quiet -clp:ErrorsOnly || status=1
fi

rm -rf "$results"
if [ $status -eq 0 ]; then
  # One project after the other: the end-to-end tests start the app and Chromium, and the machine may have 2 cores.
  for project in FieldOps.Tests FieldOps.E2E; do
    say "Testing $project"
    dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
  done
fi

summary
exit $status
