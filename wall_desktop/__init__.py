"""WALL Desktop: offline records for local leaders academies."""

__version__ = "0.1.0"
