"""Benchmarks of WALL Desktop at city scale: ``python -m bench`` (see bench/RESULTS.md)."""
