"""Entry script of the frozen (PyInstaller) build: the same `main` as the `postureapp` command."""

import os
import sys

from postureapp.cli.main import entry_point

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a new temporary folder
        # on every start, so matplotlib rebuilds its font cache each time (a fifth of the
        # start-up). Keep the cache in the app's own cache folder instead; it still never sees
        # a matplotlibrc meant for other programs.
        from platformdirs import user_cache_dir

        os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir("postureapp"), "matplotlib")
    sys.exit(entry_point())
