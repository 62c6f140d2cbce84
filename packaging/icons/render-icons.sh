#!/usr/bin/env bash
# Renders the app icon (resources/icons/merchant-console.svg) into what the installers need,
# committed beside this script so that every platform builds packages without these tools:
#   png/merchant-console-N.png  hicolor sizes 16..512 (Linux: share/icons/hicolor/NxN/apps)
#   merchant-console.ico        Windows: the executable's icon and the NSIS installer's
#   merchant-console.icns       macOS: the app bundle's icon
# Run it again after changing the SVG. Needs rsvg-convert (librsvg2-bin), icotool (icoutils)
# and png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../../resources/icons/merchant-console.svg"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (apt install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
mkdir -p "$here/png"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$here/png/merchant-console-$size.png"
done
icotool --create --output "$here/merchant-console.ico" \
  "$here"/png/merchant-console-{16,24,32,48,64,128}.png --raw "$here/png/merchant-console-256.png"
png2icns "$here/merchant-console.icns" "$here"/png/merchant-console-{16,32,48,128,256,512}.png >/dev/null
echo "render-icons: wrote $here/png/*.png, merchant-console.ico, merchant-console.icns"
