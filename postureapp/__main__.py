"""`python -m postureapp` runs the same entry point as the `postureapp` command."""

import sys

from postureapp.cli.main import main

sys.exit(main())
