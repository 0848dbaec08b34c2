"""Renderers of an AuditResult: one result, many renderers (JSON, HTML, batch index)."""
