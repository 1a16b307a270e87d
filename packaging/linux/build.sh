#!/usr/bin/env bash
# Linux bundle: PyInstaller one-folder, then a .tar.gz with a .desktop file and
# the icon. Usage: packaging/linux/build.sh PYTHON  (make package runs it)
set -euo pipefail
python="${1:-python3}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
version="$("$python" -c 'import guiapp; print(guiapp.__version__)')"
out="dist/guiapp-$version-linux-$(uname -m)"
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath build/pyinstaller/dist \
    --workpath build/pyinstaller/work packaging/guiapp.spec
rm -rf "$out" "$out.tar.gz"
mkdir -p "$out"
cp -a build/pyinstaller/dist/guiapp "$out/guiapp"
# TensorFlow's core libraries carry ~200 MB of symbols a student never needs
if command -v strip >/dev/null; then
  strip --strip-unneeded "$out"/guiapp/_internal/tensorflow/libtensorflow_cc.so.* \
        "$out"/guiapp/_internal/tensorflow/libtensorflow_framework.so.* || true
fi
cp packaging/linux/guiapp.desktop packaging/linux/install.sh resources/icons/guiapp.png "$out/"
tar -C dist -czf "$out.tar.gz" "$(basename "$out")"
end=$(date +%s)
echo "bundle: $out ($(du -sh "$out" | cut -f1)), archive: $out.tar.gz ($(du -sh "$out.tar.gz" | cut -f1))"
echo "built in $((end - start)) s"
echo "largest parts:"
du -sh "$out/guiapp/_internal/"* | sort -h | tail -5
