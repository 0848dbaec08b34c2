"""Building blocks for the synthetic CEC sample cases (see samples/generate.py)."""
