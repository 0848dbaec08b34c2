"""Benchmarks: they print figures and never fail a test run on time."""
