"""Configuration files: one strict YAML reader with line numbers, used for every YAML file."""
