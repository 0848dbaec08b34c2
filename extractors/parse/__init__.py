"""Pure value parsers: each returns the value with a confidence, and never raises on any text."""
