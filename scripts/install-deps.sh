#!/usr/bin/env bash
# Installs the Debian 12 packages chatvault needs to build and test (--bench: and benchmark), if any are missing.
set -euo pipefail

packages=(cmake g++ make pkg-config libzip-dev nlohmann-json3-dev libpugixml-dev libsqlite3-dev
          libsodium-dev libcli11-dev doctest-dev libhowardhinnant-date-dev libgumbo-dev libsimdjson-dev tzdata zip)
# --bench: the word lists the benchmark generators draw realistic text from.
if [ "${1:-}" = "--bench" ]; then
  packages+=(wamerican wngerman wfrench wspanish)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing missing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
