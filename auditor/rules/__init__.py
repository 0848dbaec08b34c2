"""Rules: small functions registered by permanent ID in `registry.RULES`."""
