"""The pure core: posture metrics, timers, catalogue, summaries and settings (no Qt, cv2 or I/O)."""
