#!/usr/bin/env bash
# Installs everything the service and its tests need on a fresh Debian 12 machine with the .NET SDK.
# Idempotent: a second run downloads nothing. Usage: deploy/bootstrap.sh [--with-test-deps]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache/npm"
MODELS="$ROOT/models"
SAMPLES="$ROOT/.cache/samples"
WITH_TEST_DEPS=0
[[ "${1:-}" == "--with-test-deps" ]] && WITH_TEST_DEPS=1

log() { printf '[bootstrap] %s\n' "$*" >&2; }

# --- Debian packages ------------------------------------------------------------------------------
# OpenCvSharp's Linux runtime (NuGet) links GTK 3; ONNX Runtime and OpenCV themselves come from NuGet.
apt_packages=(libgtk-3-0)
(( WITH_TEST_DEPS )) && apt_packages+=(mariadb-server)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- npm tarballs, pinned by version and sha256 -------------------------------------------------
# name@version | tarball file | sha256
tarballs=(
  "faceplugin-face-recognition-js@0.0.1|faceplugin-face-recognition-js-0.0.1.tgz|7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba"
  "@vladmandic/face-api@1.7.15|vladmandic-face-api-1.7.15.tgz|0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031"
)
mkdir -p "$CACHE"
for entry in "${tarballs[@]}"; do
  IFS='|' read -r spec file sha <<<"$entry"
  if [[ -f "$CACHE/$file" ]] && echo "$sha  $CACHE/$file" | sha256sum -c --status; then
    continue
  fi
  log "fetching $spec"
  rm -f "$CACHE/$file"
  (cd "$CACHE" && npm pack --silent "$spec" >/dev/null)
  echo "$sha  $CACHE/$file" | sha256sum -c --status || { log "sha256 mismatch for $file"; exit 1; }
done

# --- models/, checked against models/models.lock --------------------------------------------------
extract() { # tarball member destination
  local tmp; tmp="$(mktemp -d)"
  tar -xzf "$CACHE/$1" -C "$tmp" "$2"
  mv "$tmp/$2" "$3"
  rm -rf "$tmp"
}
while read -r file sha _; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  if [[ -f "$MODELS/$file" ]] && echo "$sha  $MODELS/$file" | sha256sum -c --status; then
    continue
  fi
  log "installing models/$file"
  extract faceplugin-face-recognition-js-0.0.1.tgz "package/model/$file" "$MODELS/$file"
  echo "$sha  $MODELS/$file" | sha256sum -c --status || { log "sha256 mismatch for models/$file"; exit 1; }
done <"$MODELS/models.lock"

# --- sample photos for tests and benchmarks (never served, never stored) -------------------------
if (( WITH_TEST_DEPS )) && [[ ! -f "$SAMPLES/sample6.jpg" ]]; then
  log "unpacking sample photos into .cache/samples"
  mkdir -p "$SAMPLES"
  tmp="$(mktemp -d)"
  tar -xzf "$CACHE/vladmandic-face-api-1.7.15.tgz" -C "$tmp" --wildcards 'package/demo/sample*.jpg'
  mv "$tmp"/package/demo/sample*.jpg "$SAMPLES/"
  rm -rf "$tmp"
fi
log "ready"
