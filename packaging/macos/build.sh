#!/usr/bin/env bash
# macOS bundle (not runnable on the Linux build machine): an .app in a .dmg.
# Needs Python 3.11 from python.org and Xcode's command-line tools (hdiutil).
# tensorflow (not tensorflow-cpu) is installed there: pyproject.toml picks it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
python3 -m venv .venv
.venv/bin/python -m pip install -c requirements.lock -e '.[package]'
# the icon: macOS wants .icns, made from the PNG with the system's iconutil
mkdir -p build/guiapp.iconset
for size in 16 32 128 256; do
  sips -z $size $size resources/icons/guiapp.png --out build/guiapp.iconset/icon_${size}x${size}.png
done
iconutil -c icns build/guiapp.iconset -o resources/icons/guiapp.icns
.venv/bin/python -m PyInstaller --noconfirm --distpath build/pyinstaller/dist \
    --workpath build/pyinstaller/work packaging/guiapp.spec
build/pyinstaller/dist/guiapp.app/Contents/MacOS/guiapp --smoke
mkdir -p dist
hdiutil create -volname guiapp -srcfolder build/pyinstaller/dist/guiapp.app -ov -format UDZO \
    "dist/guiapp-$(.venv/bin/python -c 'import guiapp; print(guiapp.__version__)')-macos.dmg"
