#!/usr/bin/env bash
# Put guiapp in the user's menu (no root needed): run from the extracted folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps" "$HOME/.local/bin"
ln -sf "$here/guiapp/guiapp" "$HOME/.local/bin/guiapp"
cp "$here/guiapp.png" "$HOME/.local/share/icons/hicolor/256x256/apps/guiapp.png"
sed "s|^Exec=guiapp|Exec=$here/guiapp/guiapp|" "$here/guiapp.desktop" > "$HOME/.local/share/applications/guiapp.desktop"
echo "guiapp is in your applications menu; or run: $here/guiapp/guiapp"
