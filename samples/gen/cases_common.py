"""What the sample case builders share: the date type, a duties list, the case.yaml shape."""

from __future__ import annotations

import datetime as dt

D = dt.date

DUTIES_DB = [
    "Design, build and maintain SQL Server and PostgreSQL databases for the analytics platform",
    "Write and tune queries, views and stored procedures used by reporting teams",
    "Model data for new business requirements and document the data dictionary",
    "Monitor database performance, backups and access controls",
    "Support internal clients with data extracts and troubleshoot data quality issues",
]


def _cy(
    person: dict,
    sub: D,
    province: str,
    work: list[dict],
    language: list[dict] | None,
    study: list[dict] | None = None,
) -> dict:
    claims: dict = {"work": work}
    if language:
        claims["language"] = language
    if study:
        claims["study"] = study
    return {
        "client": {"name": person["name"], "date_of_birth": person["dob"]},
        "application": {"submission_date": sub, "intended_province": province},
        "claims": claims,
    }
