"""`python -m auditor` works the same as `audit`."""

from auditor.cli.main import main

main()
