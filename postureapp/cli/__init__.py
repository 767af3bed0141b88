"""Command-line entry points: the GUI launcher and subcommands such as `analyze`."""
