#!/usr/bin/env bash
# Put postureapp in the desktop's application menu for the current user (no root needed):
#   ~/.local/share/applications/postureapp.desktop           (from packaging/linux/postureapp.desktop)
#   ~/.local/share/icons/hicolor/scalable/apps/postureapp.svg (from assets/icons/postureapp.svg)
#
#   bash packaging/linux/install-desktop-entry.sh [EXECUTABLE]   install or update
#   bash packaging/linux/install-desktop-entry.sh --uninstall    remove both again
#
# EXECUTABLE is what the launcher runs; without it, the frozen build
# (build/dist/postureapp/postureapp) when there is one, else the virtualenv's .venv/bin/postureapp.
# Honours XDG_DATA_HOME. Start at login is separate: the app's settings write that entry.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
ENTRY="$DATA_HOME/applications/postureapp.desktop"
ICON="$DATA_HOME/icons/hicolor/scalable/apps/postureapp.svg"

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]
  then
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$ENTRY" "$ICON"
  refresh_caches
  echo "removed $ENTRY and $ICON"
  exit 0
fi

if [ $# -gt 0 ]; then
  EXECUTABLE=$1
elif [ -x "$ROOT/build/dist/postureapp/postureapp" ]; then
  EXECUTABLE="$ROOT/build/dist/postureapp/postureapp"
elif [ -x "$ROOT/.venv/bin/postureapp" ]; then
  EXECUTABLE="$ROOT/.venv/bin/postureapp"
else
  echo "error: no postureapp to launch: build it (bash packaging/build.sh) or install it" \
    "(.venv/bin/pip install -e .), or name the executable" >&2
  exit 2
fi
[ -x "$EXECUTABLE" ] || { echo "error: $EXECUTABLE is not an executable file" >&2; exit 2; }
EXECUTABLE=$(cd "$(dirname "$EXECUTABLE")" && pwd)/$(basename "$EXECUTABLE")

# The Exec value, quoted the Desktop Entry way: a path with characters other than these goes in
# double quotes with \ " ` $ escaped by a backslash, and then every backslash is doubled
# (the file's own string escaping).
if [[ "$EXECUTABLE" =~ ^[A-Za-z0-9/._+-]+$ ]]; then
  EXEC_VALUE=$EXECUTABLE
else
  quoted=$EXECUTABLE
  quoted=${quoted//\\/\\\\}
  quoted=${quoted//\"/\\\"}
  quoted=${quoted//\`/\\\`}
  quoted=${quoted//\$/\\\$}
  EXEC_VALUE="\"${quoted//\\/\\\\}\""
fi

mkdir -p "$(dirname "$ENTRY")" "$(dirname "$ICON")"
# Written next to its place under its own name (desktop-file-validate wants a .desktop name),
# then moved over the old one in one step.
staging=$(mktemp -d "$(dirname "$ENTRY")/.postureapp.XXXXXX")
trap 'rm -rf "$staging"' EXIT
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec=%s\n' "$EXEC_VALUE" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$ROOT/packaging/linux/postureapp.desktop" >"$staging/postureapp.desktop"
chmod 644 "$staging/postureapp.desktop"
if command -v desktop-file-validate >/dev/null \
    && ! desktop-file-validate "$staging/postureapp.desktop"; then
  echo "error: the launcher entry for $EXECUTABLE does not validate" >&2
  exit 1
fi
mv "$staging/postureapp.desktop" "$ENTRY"
install -m 644 "$ROOT/assets/icons/postureapp.svg" "$ICON"
refresh_caches
echo "installed $ENTRY (runs $EXECUTABLE) and $ICON"
