"""Document extractors: one module per document kind, listed in registry.py."""
