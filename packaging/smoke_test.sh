#!/usr/bin/env bash
# Smoke test of the frozen build (build/dist/postureapp/, made by packaging/build.sh):
#  1. the tray app on an X11 desktop session (private D-Bus, Xvfb, openbox, trayer, dunst) and on
#     Wayland (weston headless): see tests/desktop/session_scenario.py for the steps;
#  2. `postureapp analyze` on a photo finds the person (the PoseLandmarker runs frozen);
#  3. `postureapp analyze` on a video (MJPEG in AVI, decoded by the build's OpenCV and FFmpeg)
#     finds the person in its frames. The same video is the app's camera in step 1.
# Needs the Debian packages .ci/run installs and the project's .venv. Exits non-zero with a
# message naming the failed step.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${POSTUREAPP_FROZEN:-build/dist/postureapp/postureapp}

fail() {
  echo "smoke test FAILED: $*" >&2
  if [ -n "${LOG:-}" ] && [ -f "$LOG" ]; then
    echo "--- app log ($LOG) ---" >&2
    tail -n 40 "$LOG" >&2
  fi
  exit 1
}

[ -x "$APP" ] || fail "no frozen app at $APP; build it first: bash packaging/build.sh"

WORK=$(mktemp -d -t postureapp-smoke.XXXXXX)
cleanup() {
  rm -rf "$WORK"
}
trap cleanup EXIT

# A photo of a person: matplotlib's sample image, from the development venv (the build leaves
# matplotlib out).
PHOTO_SOURCE=$(.venv/bin/python -c "from matplotlib import cbook
print(cbook.get_sample_data('grace_hopper.jpg', asfileobj=False))") \
  || fail "grace_hopper.jpg is not in the .venv's matplotlib sample data"
mkdir -p "$WORK/photos"
cp "$PHOTO_SOURCE" "$WORK/photos/grace_hopper.jpg"

# A short video of that photo, moving a little.
VIDEO="$WORK/desk.avi"
.venv/bin/python - "$WORK/photos/grace_hopper.jpg" "$VIDEO" <<'PY' \
  || fail "could not write the test video"
import sys

import cv2
import numpy as np

photo = cv2.imread(sys.argv[1])
person = cv2.resize(photo, (photo.shape[1] * 480 // photo.shape[0], 480))
writer = cv2.VideoWriter(sys.argv[2], cv2.VideoWriter_fourcc(*"MJPG"), 5, (640, 480))
for i in range(15):
    canvas = np.full((480, 640, 3), 90, np.uint8)
    x = (640 - person.shape[1]) // 2 + (i % 5) * 4
    canvas[:, x : x + person.shape[1]] = person
    writer.write(canvas)
writer.release()
PY

started_s=$EPOCHREALTIME

# --- 1. The tray app on desktop sessions like a user's ------------------------------------------
# X11 (private session bus, Xvfb, openbox, trayer, dunst): tray icon, menu, the due break window,
# a 75 s screen lock counted as away time, SIGTERM -> exit 0. Wayland (weston headless, no tray):
# status window, break window, SIGTERM -> exit 0. tests/desktop/session_scenario.py has the steps.
for session in x11 wayland; do
  flag=""
  [ "$session" = wayland ] && flag="--wayland"
  .venv/bin/python -m tests.desktop.session_scenario $flag --camera "$VIDEO" -- "$APP" \
    || fail "the $session desktop session scenario"
done

# analyze INPUT: run `postureapp analyze` on INPUT; prints how many frames showed a person.
analyze() {
  local out="$WORK/$(basename "$1").jsonl" code
  LOG="$WORK/$(basename "$1").log"
  set +e
  "$APP" analyze "$1" >"$out" 2>"$LOG"
  code=$?
  set -e
  [ "$code" -eq 0 ] || fail "analyze of $1 exited with code $code (expected 0)"
  grep -c '"person": true' "$out" || true
}

# --- 2. analyze a photo: the pose model runs in the frozen build ----------------------------------
[ "$(analyze "$WORK/photos/grace_hopper.jpg")" -eq 1 ] \
  || fail "analyze found no person in grace_hopper.jpg"
echo "ok: analyze of a photo -> the person found"

# --- 3. analyze a video: frames decoded by the frozen OpenCV, then the model ----------------------
frames=$(analyze "$VIDEO")
[ "$frames" -ge 10 ] || fail "analyze found the person in $frames of the video's 15 frames"
echo "ok: analyze of a video -> the person in $frames of 15 frames"

awk -v from="$started_s" -v to="$EPOCHREALTIME" \
  'BEGIN { printf "smoke test passed in %.1f s\n", to - from }'
