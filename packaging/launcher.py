"""Entry script of the frozen (PyInstaller) build: the same `main` as the `postureapp` command."""

import sys

from postureapp.cli.main import entry_point

if __name__ == "__main__":
    sys.exit(entry_point())
