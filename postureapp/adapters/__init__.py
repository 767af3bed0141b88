"""Adapters between the core's ports and the outside world (camera, pose model, files)."""
