#!/usr/bin/env bash
# Build the one-folder desktop app: build/dist/postureapp/postureapp (see packaging/README.md).
# Run from anywhere; works in the repository root. It builds in its own venv (build/venv) because
# the frozen app carries OpenCV's headless wheel instead of the opencv-contrib-python that
# mediapipe requires: the same library and the same cv2 API the app uses (V4L2 cameras, video
# files through FFmpeg, image decoding), without the Qt 5 GUI libraries and contrib modules the
# app never loads (about 150 MB). The two wheels share the cv2/ folder, so they cannot live in
# one venv; the development venv keeps opencv-contrib-python.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=build/venv
if [ ! -x "$VENV/bin/python" ]; then
  python3.11 -m venv "$VENV"
fi
start_s=$(date +%s)
"$VENV/bin/pip" install -q -e '.[package]'
"$VENV/bin/pip" uninstall -q -y opencv-contrib-python opencv-python-headless
"$VENV/bin/pip" install -q --no-deps 'opencv-python-headless>=4.8'
"$VENV/bin/pyinstaller" --noconfirm --distpath build/dist --workpath build/work \
  packaging/postureapp.spec
echo "built build/dist/postureapp/ ($(du -sm build/dist/postureapp | cut -f1) MiB)" \
  "in $(( $(date +%s) - start_s )) s"
