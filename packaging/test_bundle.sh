#!/usr/bin/env bash
# make package-test: extract the Linux archive as a user would, then start the
# bundle with --smoke and --screenshot (offscreen) with the network unreachable,
# train one epoch headless, and check the exit codes and the picture.
set -euo pipefail
python="${1:-python3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
archive="$(ls -t "$root"/dist/guiapp-*-linux-*.tar.gz | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$archive"
app="$(ls -d "$work"/guiapp-*/guiapp/guiapp)"
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
offline=()
if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then
    offline=(unshare --net)  # a network namespace with no interface up: nothing is reachable
else
    echo "note: not root or no unshare: the bundle runs with the network as it is"
fi
echo "== --smoke"
"${offline[@]}" "$app" --smoke
echo "== --screenshot (French)"
"${offline[@]}" "$app" --lang fr --tab conv --screenshot "$work/shot.png"
"$python" - "$work/shot.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1280, 800), (width, height)
assert len(data) > 50_000, "the picture is nearly empty"
print(f"screenshot {width}x{height}, {len(data)} bytes")
PY
echo "== guiapp train, one epoch, offline"
"${offline[@]}" "$app" train --epochs 1 --json | tail -n 1 | "$python" -c '
import json, sys
result = json.loads(sys.stdin.read())
assert result["params"] == 79510 and result["test_accuracy"] > 0.5, result
print("trained:", result["test_accuracy"])'
echo "bundle OK: $archive"
