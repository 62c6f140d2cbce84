#!/usr/bin/env bash
# The install test (make test-install): the packages of `make package` go into a fresh
# Debian 12 root made with debootstrap, are installed there with apt (which resolves their
# dependencies from the Debian mirror), and the installed programs run in that root as an
# ordinary user:
#   merchant-console --version and --help (no display)
#   platform-sandbox in the background (frozen scenario, 2,000 seeded orders)
#   merchant-console sync --once against it, then merchant-console digest, which must equal
#   platform-sandbox digest of the same state
#   the desktop app, offscreen, in demo mode until its dashboard painted (--measure-startup)
# Needs root, debootstrap and the network. The root is made anew each run; the .debs that
# debootstrap and apt fetch are kept beside it (ROOT.cache) so the next run downloads less.
# Usage: test-install-debootstrap.sh PACKAGE_DIR [ROOT]   (default ROOT: build-release/debroot)
# Environment: MIRROR (default http://deb.debian.org/debian), SUITE (default bookworm).
set -euo pipefail

packages=$(cd "${1:?usage: test-install-debootstrap.sh PACKAGE_DIR [ROOT]}" && pwd)
root=$(realpath -m "${2:-build-release/debroot}")
cache="$root.cache"
mirror=${MIRROR:-http://deb.debian.org/debian}
suite=${SUITE:-bookworm}

[ "$(id -u)" -eq 0 ] || { echo "test-install: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "test-install: apt install debootstrap" >&2; exit 2; }
app_deb=$(ls "$packages"/merchant-console_*.deb)
sandbox_deb=$(ls "$packages"/merchant-console-sandbox_*.deb)
version=$(dpkg-deb --field "$app_deb" Version)

started=$(date +%s)
step() { echo "== [$(( $(date +%s) - started )) s] $*"; }

cleanup() {
  if [ -n "${sandbox_pid:-}" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  if mountpoint -q "$root/proc"; then umount "$root/proc"; fi
  if mountpoint -q "$root/dev"; then umount "$root/dev"; fi
}
trap cleanup EXIT

step "debootstrap $suite into $root (mirror $mirror)"
cleanup
rm -rf "$root"
mkdir -p "$root" "$cache/debootstrap" "$cache/apt"
debootstrap --variant=minbase --cache-dir="$cache/debootstrap" "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log" >&2; echo "test-install: debootstrap failed" >&2; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"

step "apt install $(basename "$app_deb") $(basename "$sandbox_deb")"
mkdir -p "$root/tmp/packages"
cp "$app_deb" "$sandbox_deb" "$root/tmp/packages/"
cp "$cache"/apt/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
# Recommends (Qt's translations, CJK fonts, Wayland) are left out: the test needs none of them.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/packages/$(basename "$app_deb")" "/tmp/packages/$(basename "$sandbox_deb")" >"$root.apt.log" 2>&1 ||
  { tail -30 "$root.apt.log" >&2; echo "test-install: apt-get install failed" >&2; exit 1; }
cp "$root"/var/cache/apt/archives/*.deb "$cache/apt/" 2>/dev/null || true
echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version}\n' merchant-console merchant-console-sandbox | tr '\n' ';')"

# The programs run as an ordinary user with a home of their own.
in_root useradd --create-home shop
as_shop() { chroot --userspec=shop:shop "$root" env -i PATH=/usr/bin:/bin HOME=/home/shop LANG=C.UTF-8 "$@"; }

step "merchant-console --version"
as_shop merchant-console --version | tee "$root.version.txt"
grep -qx "merchant-console $version" "$root.version.txt" || { echo "test-install: wrong --version" >&2; exit 1; }
as_shop merchant-console --help >/dev/null
as_shop test -x /usr/bin/platform-sandbox

step "platform-sandbox in the background"
chroot --userspec=shop:shop "$root" env -i PATH=/usr/bin:/bin HOME=/home/shop LANG=C.UTF-8 \
  platform-sandbox --data-dir /home/shop/platform --scenario frozen --seed-orders 2000 \
  >"$root/tmp/sandbox.json" 2>"$root/tmp/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 120); do
  [ -s "$root/tmp/sandbox.json" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$root/tmp/sandbox.log" >&2; echo "test-install: the sandbox exited" >&2; exit 1; }
  sleep 0.5
done
ready=$(cat "$root/tmp/sandbox.json")
[ -n "$ready" ] || { echo "test-install: the sandbox did not become ready" >&2; exit 1; }
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' <<<"$ready")
credentials=$(sed -n 's/.*"credentials":"\([^"]*\)".*/\1/p' <<<"$ready")
echo "sandbox: $url"

step "merchant-console sync --once"
as_shop merchant-console sync --once --data-dir /home/shop/shop --endpoint "$url" --credentials "$credentials" \
  2>"$root/tmp/sync.log" | tee "$root.sync.json"
grep -q '"orders' "$root.sync.json" || { cat "$root/tmp/sync.log" >&2; echo "test-install: no sync summary" >&2; exit 1; }

step "merchant-console digest"
console_digest=$(as_shop merchant-console digest --data-dir /home/shop/shop)
echo "console:  $console_digest"
kill "$sandbox_pid"
wait "$sandbox_pid" || true
sandbox_pid=
platform_digest=$(as_shop platform-sandbox digest --data-dir /home/shop/platform)
echo "platform: $platform_digest"
[ "$console_digest" = "$platform_digest" ] || { echo "test-install: the digests differ" >&2; exit 1; }

step "the desktop app, offscreen, demo mode"
as_shop env QT_QPA_PLATFORM=offscreen timeout 120 merchant-console --demo --data-dir /home/shop/demo --measure-startup \
  | tee "$root.desktop.txt"
grep -q painted "$root.desktop.txt" || { echo "test-install: the desktop app did not paint" >&2; exit 1; }

step "passed: installed and ran merchant-console $version in a fresh $suite root"
