#!/usr/bin/env bash
# Installs what the service and its tests need (incl. MariaDB), then runs every test in the solution.
# Exits non-zero on any failure. Extra arguments go to `dotnet test` (e.g. --filter Name~Match).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Read by ONNX Runtime and OpenCV when the process starts (deploy/README.md, "Launcher environment").
export ORT_DISABLE_TELEMETRY=1
export OPENCV_IO_MAX_IMAGE_PIXELS="${OPENCV_IO_MAX_IMAGE_PIXELS:-40000000}"

deploy/bootstrap.sh --with-test-deps
dotnet build FaceRecognition.sln -c Release -nologo -v quiet

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test FaceRecognition.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Once more on the other provider: the integration tests with a private MariaDB as every service's default database
# (tests that name their provider keep it).
FR_TEST_STORAGE=MySql dotnet test tests/FaceRecognition.IntegrationTests -c Release --no-build -nologo "$@" 2>&1 | tee -a "$log"
mysql_status=${PIPESTATUS[0]}
(( status == 0 )) && status=$mysql_status
set -e

# One closing line for people and CI: totals over every test assembly.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
if (( status == 0 && passed == 0 )); then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
