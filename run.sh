#!/usr/bin/env bash
# Runs FaceRecognition on its embedded default (SQLite under data/) at http://127.0.0.1:5080.
# Installs what is missing first (deploy/bootstrap.sh). Extra arguments go to the service, e.g.
#   ./run.sh --Recognition:MatchThreshold=0.5
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Read by ONNX Runtime and OpenCV when the process starts (deploy/README.md, "Launcher environment").
export ORT_DISABLE_TELEMETRY=1
export OPENCV_IO_MAX_IMAGE_PIXELS="${OPENCV_IO_MAX_IMAGE_PIXELS:-40000000}"

# FR_SKIP_BUILD=1: a launcher that already built (deploy/local-cluster.sh starts several replicas) skips both steps.
if [[ "${FR_SKIP_BUILD:-0}" != 1 ]]; then
  deploy/bootstrap.sh
  dotnet build src/FaceRecognition.Api/FaceRecognition.Api.csproj -c Release -nologo -v quiet
fi

# From here on, everything written (data, signing key, logs) is for this user only; the service also enforces
# 0700/0600 on its data and log folders at start-up.
umask 077
mkdir -p data logs
# A random JWT signing key per installation, kept in the git-ignored data/ folder; never in the repository.
if [[ -z "${Auth__SigningKey:-}" ]]; then
  [[ -s data/jwt-signing.key ]] || head -c 48 /dev/urandom | base64 -w0 >data/jwt-signing.key
  export Auth__SigningKey="$(cat data/jwt-signing.key)"
fi
# The local default API key (README); set Security__ApiKeys__0 to use your own.
export Security__ApiKeys__0="${Security__ApiKeys__0:-local-dev-key-0001}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Inference__ModelDirectory="${Inference__ModelDirectory:-$ROOT/models}"
export Storage__SqlitePath="${Storage__SqlitePath:-$ROOT/data/facerecognition.db}"
export Logging__Directory="${Logging__Directory:-$ROOT/logs}"

# The key itself is never printed: terminal scroll-back and service logs are not the place for secrets.
echo "FaceRecognition on $ASPNETCORE_URLS (API key from Security__ApiKeys__0; docs: $ASPNETCORE_URLS/docs)" >&2
exec dotnet src/FaceRecognition.Api/bin/Release/net10.0/FaceRecognition.Api.dll --contentRoot "$ROOT/src/FaceRecognition.Api" "$@"
