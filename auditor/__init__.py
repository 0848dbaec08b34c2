"""The CEC case-file auditor: reads a Canadian Experience Class case folder and reports what is wrong."""

__version__ = "0.1.0"
