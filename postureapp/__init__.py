"""postureapp: a privacy-first desktop posture and break coach."""

__version__ = "0.1.0"
