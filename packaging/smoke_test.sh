#!/usr/bin/env bash
# Smoke test of the frozen build (build/dist/postureapp/, made by packaging/build.sh):
#  1. the tray app on an X11 desktop session (private D-Bus, Xvfb, openbox, trayer, dunst) and on
#     Wayland (weston headless): see tests/desktop/session_scenario.py for the steps;
#  2. `postureapp analyze` on a photo finds the person (the PoseLandmarker runs frozen).
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

# A photo of a person: matplotlib's sample image, which the build itself carries.
PHOTO_SOURCE=$(find "$(dirname "$APP")/_internal/matplotlib" -name grace_hopper.jpg | head -n 1)
[ -n "$PHOTO_SOURCE" ] || fail "grace_hopper.jpg is not in the build's matplotlib sample data"
mkdir -p "$WORK/photos"
cp "$PHOTO_SOURCE" "$WORK/photos/grace_hopper.jpg"

started_s=$EPOCHREALTIME

# --- 1. The tray app on desktop sessions like a user's ------------------------------------------
# X11 (private session bus, Xvfb, openbox, trayer, dunst): tray icon, menu, the due break window,
# a 75 s screen lock counted as away time, SIGTERM -> exit 0. Wayland (weston headless, no tray):
# status window, break window, SIGTERM -> exit 0. tests/desktop/session_scenario.py has the steps.
for session in x11 wayland; do
  flag=""
  [ "$session" = wayland ] && flag="--wayland"
  .venv/bin/python -m tests.desktop.session_scenario $flag --camera "$WORK/photos" -- "$APP" \
    || fail "the $session desktop session scenario"
done

# --- 2. analyze: the pose model runs in the frozen build ------------------------------------------
LOG="$WORK/analyze.log"
set +e
"$APP" analyze "$WORK/photos/grace_hopper.jpg" >"$WORK/analyze.jsonl" 2>"$LOG"
code=$?
set -e
[ "$code" -eq 0 ] || fail "analyze exited with code $code (expected 0)"
grep -q '"person": true' "$WORK/analyze.jsonl" \
  || fail "analyze found no person in grace_hopper.jpg: $(cat "$WORK/analyze.jsonl")"
echo "ok: analyze -> $(cut -c1-100 "$WORK/analyze.jsonl")..."

awk -v from="$started_s" -v to="$EPOCHREALTIME" \
  'BEGIN { printf "smoke test passed in %.1f s\n", to - from }'
