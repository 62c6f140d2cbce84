#!/usr/bin/env bash
# Installs what Merchant Console needs to build, test and package on Debian 12 / Ubuntu.
# Idempotent: does nothing (and needs no root) when every package is already present.
# With the argument "fuzz" (make fuzz), also clang and its libFuzzer/sanitizer runtimes; with
# "package" (make package, test-package, test-install), the packaging tools and their checkers.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  libsqlite3-dev sqlite3 libssl-dev openssl libqrencode-dev libzbar-dev zbar-tools poppler-utils
  curl xvfb xauth xfonts-base fonts-noto-cjk dpkg-dev file
  dbus dbus-daemon gnome-keyring libsecret-1-0
)
fuzz_packages=(clang-14 libclang-rt-14-dev)
package_packages=(rpm lintian desktop-file-utils appstream debootstrap)
case "${1:-}" in
  fuzz) packages+=("${fuzz_packages[@]}") ;;
  package) packages+=("${package_packages[@]}") ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-build-deps: not a Debian/Ubuntu system; please install: ${missing[*]}" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "install-build-deps: need root to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-build-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
