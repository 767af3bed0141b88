#!/usr/bin/env bash
# Build the one-folder desktop app: build/dist/postureapp/postureapp (see packaging/README.md).
# Run from anywhere; works in the repository root and creates .venv when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3.11 -m venv .venv
fi
start_s=$(date +%s)
.venv/bin/pip install -q -e '.[package]'
.venv/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/work \
  packaging/postureapp.spec
echo "built build/dist/postureapp/ ($(du -sm build/dist/postureapp | cut -f1) MB)" \
  "in $(( $(date +%s) - start_s )) s"
