#!/usr/bin/env bash
# tst_package (label package): builds the Linux packages of a build tree with CPack and checks
# them as a distribution would:
#   .deb  two packages (the app; platform-sandbox apart), contents, dependencies from
#         dpkg-shlibdeps, extended descriptions, changelog version, icon sizes,
#         desktop-file-validate, appstreamcli validate, and lintian (errors or warnings fail);
#   .rpm  the same split, contents (rpm -qlp), requirements (rpm -qpR), installed with rpm
#         into a scratch root, run from there, and erased again.
# Usage: check_package.sh BUILD_DIR   (the tree must be built; needs dpkg-dev, lintian, rpm,
# desktop-file-utils, appstream: packaging/linux/install-build-deps.sh package)
set -euo pipefail

build=$(cd "${1:?usage: check_package.sh BUILD_DIR}" && pwd)
out="$build/test-output/package"
rm -rf "$out"
mkdir -p "$out"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (packaging/linux/install-build-deps.sh package)" >&2; exit 1; }; }
cpack=${CPACK:-cpack}
for tool in "$cpack" dpkg-deb dpkg-parsechangelog lintian rpm rpmbuild desktop-file-validate appstreamcli; do need "$tool"; done

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || { echo "FAIL: no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake" >&2; exit 1; }

started=$(date +%s)
if ! "$cpack" -G "DEB;RPM" -B "$out" --config "$build/CPackConfig.cmake" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  echo "FAIL: cpack" >&2
  exit 1
fi
echo "cpack DEB + RPM: $(( $(date +%s) - started )) s"

# --- .deb ---------------------------------------------------------------------------------
app_deb=$(ls "$out"/merchant-console_*.deb)
sandbox_deb=$(ls "$out"/merchant-console-sandbox_*.deb)
[ "$(ls "$out"/*.deb | wc -l)" -eq 2 ] || fail "expected two .deb files: $(ls "$out"/*.deb)"

has() { # has LISTING PATH...: each PATH is in the listing
  local listing=$1; shift
  for path in "$@"; do grep -qE "(^|[ .])/?${path}\$" <<<"$listing" || fail "$(basename "$listing_name") lacks $path"; done
}
listing_name=$app_deb
app_files=$(dpkg-deb --contents "$app_deb" | awk '{print $NF}')
icons=()
for size in 16 22 24 32 48 64 128 256 512; do icons+=("usr/share/icons/hicolor/${size}x${size}/apps/merchant-console.png"); done
has "$app_files" usr/bin/merchant-console usr/share/applications/merchant-console.desktop \
  usr/share/metainfo/invalid.example.MerchantConsole.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/merchant-console.svg "${icons[@]}" \
  usr/share/man/man1/merchant-console.1.gz usr/share/doc/merchant-console/copyright \
  usr/share/doc/merchant-console/changelog.gz
if grep -q platform-sandbox <<<"$app_files"; then fail "the app's package holds the sandbox: $(grep platform-sandbox <<<"$app_files")"; fi

listing_name=$sandbox_deb
sandbox_files=$(dpkg-deb --contents "$sandbox_deb" | awk '{print $NF}')
has "$sandbox_files" usr/bin/platform-sandbox usr/share/man/man1/platform-sandbox.1.gz \
  usr/share/doc/merchant-console-sandbox/copyright usr/share/doc/merchant-console-sandbox/changelog.gz
if grep -q 'bin/merchant-console$' <<<"$sandbox_files"; then fail "the sandbox package holds the app"; fi

depends=$(dpkg-deb --field "$app_deb" Depends)
for lib in libqt6core6 libqt6widgets6 libsqlite3-0 libssl3 libqt6keychain1 libsecret-1-0; do
  grep -q "$lib" <<<"$depends" || fail "merchant-console Depends lacks $lib: $depends"
done
grep -q libqt6widgets6 <<<"$(dpkg-deb --field "$sandbox_deb" Depends)" &&
  fail "merchant-console-sandbox depends on Qt Widgets: it is a server"
for deb in "$app_deb" "$sandbox_deb"; do
  [ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "$deb: version is not $version"
  lines=$(dpkg-deb --field "$deb" Description | wc -l)
  [ "$lines" -ge 5 ] || fail "$deb: the description has no real extended text ($lines lines)"
done

root="$out/deb-root"
dpkg-deb -x "$app_deb" "$root"
dpkg-deb -x "$sandbox_deb" "$root"
changelog_version=$(gzip -dc "$root/usr/share/doc/merchant-console/changelog.gz" | dpkg-parsechangelog -l- -S Version)
[ "$changelog_version" = "$version" ] ||
  fail "packaging/linux/changelog's latest entry is $changelog_version, the package is $version: add an entry"
# A version bump needs a changelog entry (above), a release in the AppStream metadata and
# manual pages that say which version they describe.
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/invalid.example.MerchantConsole.metainfo.xml" ||
  fail "the AppStream metadata has no <release version=\"$version\">"
for page in merchant-console platform-sandbox; do
  grep -q "^\.TH .* \"Merchant Console $version\"" <<<"$(gzip -dc "$root/usr/share/man/man1/$page.1.gz")" ||
    fail "$page.1 does not describe version $version (its .TH line)"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/merchant-console.png"
  # PNG header: width and height, big-endian, at bytes 16..23.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "icon in ${size}x${size}/ is $dims"
done
desktop-file-validate "$root/usr/share/applications/merchant-console.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/invalid.example.MerchantConsole.metainfo.xml" ||
  fail "appstreamcli validate"
grep -qx "merchant-console $version" <<<"$("$root/usr/bin/merchant-console" --version)" || fail "packaged --version"

# lintian: errors and warnings fail; info and pedantic notes are printed.
if ! lintian --fail-on error,warning --display-info --tag-display-limit 0 "$app_deb" "$sandbox_deb" \
      >"$out/lintian.txt" 2>&1; then
  fail "lintian"
fi
echo "--- lintian"; cat "$out/lintian.txt"; echo "---"

# --- .rpm ---------------------------------------------------------------------------------
app_rpm=$(ls "$out"/merchant-console-"$version"-*.rpm)
sandbox_rpm=$(ls "$out"/merchant-console-sandbox-*.rpm)
[ "$(ls "$out"/*.rpm | wc -l)" -eq 2 ] || fail "expected two .rpm files: $(ls "$out"/*.rpm)"
rpm_app_files=$(rpm -qlp "$app_rpm" 2>/dev/null)
listing_name=$app_rpm
has "$rpm_app_files" usr/bin/merchant-console usr/share/applications/merchant-console.desktop \
  usr/share/metainfo/invalid.example.MerchantConsole.metainfo.xml "${icons[@]}" \
  usr/share/man/man1/merchant-console.1.gz usr/share/doc/merchant-console/copyright
grep -q platform-sandbox <<<"$rpm_app_files" && fail "the app's RPM holds the sandbox"
# Only our files: a package owning /usr/share/icons or /usr/share/man would clash with the system's.
grep -qxE '/usr(/share(/icons(/hicolor(/[^/]+(/apps)?)?)?|/man(/man1)?|/applications|/metainfo|/doc)?|/bin)?' \
  <<<"$rpm_app_files" && fail "the RPM owns a system folder: $(grep -xE '/usr(/share(/[^/]+)?)?|/usr/bin' <<<"$rpm_app_files")"
listing_name=$sandbox_rpm
has "$(rpm -qlp "$sandbox_rpm" 2>/dev/null)" usr/bin/platform-sandbox usr/share/man/man1/platform-sandbox.1.gz
requires=$(rpm -qpR "$app_rpm" 2>/dev/null)
for lib in 'libQt6Core.so.6' 'libQt6Widgets.so.6' 'libsqlite3.so.0' 'libcrypto.so.3' 'libqt6keychain.so.1' 'libsecret'; do
  grep -q "^$lib" <<<"$requires" || fail "merchant-console.rpm does not require $lib: $requires"
done
echo "--- rpm -qpR $(basename "$app_rpm")"; echo "$requires"; echo "---"

# Debian's rpm warns before installing anything unless told it is meant.
rpm_i=(rpm); if rpm --help 2>&1 | grep -- --force-debian >/dev/null; then rpm_i+=(--force-debian); fi
rpmroot="$out/rpm-root"
mkdir -p "$rpmroot"
rpm --root "$rpmroot" --initdb
# --nodeps: the scratch root has no Qt of its own; the host's libraries run what it installs.
"${rpm_i[@]}" --root "$rpmroot" -i --nodeps --nosignature "$app_rpm" "$sandbox_rpm" || fail "rpm -i into $rpmroot"
installed=$(rpm --root "$rpmroot" -qa --qf '%{NAME}\n' | sort | tr '\n' ' ')
[ "$installed" = "merchant-console merchant-console-sandbox " ] || fail "rpm -qa in the scratch root: $installed"
grep -qx "merchant-console $version" <<<"$("$rpmroot/usr/bin/merchant-console" --version)" || fail "rpm-installed --version"
grep -q "$version" <<<"$("$rpmroot/usr/bin/platform-sandbox" --version)" || fail "rpm-installed platform-sandbox --version"
"${rpm_i[@]}" --root "$rpmroot" -e merchant-console-sandbox || fail "rpm -e"
[ ! -e "$rpmroot/usr/bin/platform-sandbox" ] || fail "rpm -e left platform-sandbox behind"
[ -x "$rpmroot/usr/bin/merchant-console" ] || fail "rpm -e of the sandbox removed the app"

echo "packages: $(cd "$out" && ls *.deb *.rpm | tr '\n' ' ')"
echo "checked in $(( $(date +%s) - started )) s, $failures failure(s)"
[ "$failures" -eq 0 ]
