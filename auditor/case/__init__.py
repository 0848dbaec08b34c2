"""The case: what case.yaml declares and what documents show, assembled for the rules."""
