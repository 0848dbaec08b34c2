"""The command line: `audit`, a thin layer over the pipeline and the renderers."""
