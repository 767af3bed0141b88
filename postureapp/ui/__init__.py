"""The Qt layer: shows state and wires signals; the only package that imports PySide6."""
