"""The CEC case-file auditor: reads a CEC case folder and reports what is wrong."""

__version__ = "0.1.0"
