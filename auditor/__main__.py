"""`python -m auditor` works the same as `audit`."""

from auditor.cli import main

main()
