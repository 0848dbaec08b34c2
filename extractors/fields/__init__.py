"""The shared field finder: kinds declare their fields (lexicons/*.yaml), one engine reads them."""
