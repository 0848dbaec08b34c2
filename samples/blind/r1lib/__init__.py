"""Helpers for make_round1.py (blind synthetic corpus, round 1)."""
