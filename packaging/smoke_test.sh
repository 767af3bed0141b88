#!/usr/bin/env bash
# Smoke test of the frozen build (build/dist/postureapp/, made by packaging/build.sh):
#  1. the tray app on a virtual desktop (Xvfb + trayer): the tray icon appears, a right-click
#     opens its menu, SIGTERM shuts it down cleanly with exit code 0;
#  2. `postureapp analyze` on a photo finds the person (the PoseLandmarker runs frozen);
#  3. `postureapp analyze` on a video (MJPEG in AVI, decoded by the build's OpenCV and FFmpeg)
#     finds the person in its frames. The same video is the tray app's camera in step 1.
# Needs Xvfb, trayer and xdotool (Debian: xvfb trayer xdotool; see .ci/run for Qt's xcb
# libraries). Exits non-zero with a message naming the failed step.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${POSTUREAPP_FROZEN:-build/dist/postureapp/postureapp}
STEP_TIMEOUT_S=60

fail() {
  echo "smoke test FAILED: $*" >&2
  if [ -n "${LOG:-}" ] && [ -f "$LOG" ]; then
    echo "--- app log ($LOG) ---" >&2
    tail -n 40 "$LOG" >&2
  fi
  exit 1
}

[ -x "$APP" ] || fail "no frozen app at $APP; build it first: bash packaging/build.sh"
for tool in Xvfb trayer xdotool; do
  command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install xvfb trayer xdotool)"
done

WORK=$(mktemp -d -t postureapp-smoke.XXXXXX)
XVFB_PID= TRAYER_PID= APP_PID=
cleanup() {
  for pid in $APP_PID $TRAYER_PID $XVFB_PID; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A photo of a person: matplotlib's sample image, which the build itself carries.
PHOTO_SOURCE=$(find "$(dirname "$APP")/_internal/matplotlib" -name grace_hopper.jpg | head -n 1)
[ -n "$PHOTO_SOURCE" ] || fail "grace_hopper.jpg is not in the build's matplotlib sample data"
mkdir -p "$WORK/photos"
cp "$PHOTO_SOURCE" "$WORK/photos/grace_hopper.jpg"

# A short video of that photo, moving a little, written with the build venv's OpenCV.
VIDEO="$WORK/desk.avi"
"${POSTUREAPP_SMOKE_PYTHON:-build/venv/bin/python}" - "$WORK/photos/grace_hopper.jpg" "$VIDEO" <<'PY' \
  || fail "could not write the test video (needs build/venv from packaging/build.sh)"
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

# wait_for PATTERN: until the app log matches the extended regex (prints the match), or fail.
wait_for() {
  local deadline=$(( $(date +%s) + STEP_TIMEOUT_S ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if grep -Eo "$1" "$LOG" 2>/dev/null | head -n 1 | grep .; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || fail "the app exited before logging '$1'"
    sleep 0.1
  done
  fail "timed out after ${STEP_TIMEOUT_S}s waiting for '$1'"
}

started_s=$EPOCHREALTIME

# --- 1. The tray app on Xvfb with a tray host ---------------------------------------------------
exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1024x768x24 -nolisten tcp 2>/dev/null &
XVFB_PID=$!
read -r -t 30 -u "$display_fd" display_number || fail "Xvfb did not start"
exec {display_fd}>&-
# The frozen launcher keeps matplotlib's font cache under XDG_CACHE_HOME: keep it in $WORK too.
export DISPLAY=":$display_number" QT_QPA_PLATFORM=xcb XDG_CACHE_HOME="$WORK/cache"
unset WAYLAND_DISPLAY
trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
  2>/dev/null &
TRAYER_PID=$!

LOG="$WORK/app.log"
POSTUREAPP_LOG=info "$APP" --camera "$VIDEO" \
  --config-dir "$WORK/config" --data-dir "$WORK/data" \
  --set first_run_done=true --set safety_acknowledged=true >"$LOG" 2>&1 &
APP_PID=$!

wait_for 'started \(tray: True' >/dev/null
placed=$(wait_for 'tray icon visible at -?[0-9]+,-?[0-9]+ size [0-9]+x[0-9]+')
read -r x y w h <<<"$(sed -E 's/.* at (-?[0-9]+),(-?[0-9]+) size ([0-9]+)x([0-9]+)/\1 \2 \3 \4/' \
  <<<"$placed")"
echo "ok: $placed"
xdotool mousemove $(( x + w / 2 )) $(( y + h / 2 )) click 3 || fail "xdotool could not click"
wait_for 'menu shown' >/dev/null
echo "ok: right-click opened the tray menu"
xdotool key Escape || true
kill -TERM "$APP_PID"
deadline=$(( $(date +%s) + 30 ))
while kill -0 "$APP_PID" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
kill -0 "$APP_PID" 2>/dev/null && fail "the app did not quit within 30 s of SIGTERM"
set +e
wait "$APP_PID"
code=$?
set -e
APP_PID=
[ "$code" -eq 0 ] || fail "the app exited with code $code after SIGTERM (expected 0)"
grep -q 'shut down: camera released, worker stopped, history saved' "$LOG" \
  || fail "no clean shut-down line in the log"
grep -q 'monitor worker stopped: camera released, pose model closed' "$LOG" \
  || fail "the monitor worker did not report releasing the camera and the pose model"
! grep -q 'Traceback' "$LOG" || fail "a Python traceback in the app log"
echo "ok: SIGTERM -> exit code 0, camera released, worker stopped, history saved"

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
