"""`python -m postureapp` runs the same entry point as the `postureapp` command."""

import sys

from postureapp.cli.main import entry_point

sys.exit(entry_point())
