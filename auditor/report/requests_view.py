"""The client's request list: what to ask the client and each employer for, in plain language.

A short printable page (`requests.html`, beside report.html) made from the open findings that a
document can settle: a document missing from the file, an element a reference letter lacks (by
the finding's subject: the letter's field), a letter to sign or correct, a result or passport
that expires. A document that is one part of a file is named by its pages and file ("pay stub,
pages 2-3 of stubs.pdf"). A finding a person must judge (`unknown`, a NOC comparison, a
cross-document mismatch) is left to the consultant and only counted. The page names the client,
the employers and the documents' file names (masked like the report's) and never an
identifier: no SIN, no passport or permit number, no date of birth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from auditor.i18n import N_, _, date
from auditor.models import Document, Finding
from auditor.report.documents_view import document_name
from auditor.report.json_report import redactor_for
from auditor.result import AuditResult

Addressee = Literal["client", "employer"]

# What to do to a reference letter, said to the employer: what it must add, by the field a
# LETTER-* finding is about (its subject), ...
LETTER_ELEMENTS = {
    "employer_address": N_("add the company's address"),
    "employer_phone": N_("add the company's telephone number"),
    "employer_email": N_("add the company's e-mail address"),
    "signatory_name": N_("add the name of the person signing the letter"),
    "signatory_title": N_("add the job title of the person signing the letter"),
    "employee_name": N_("add the employee's full name, as on the passport"),
    "job_title": N_("add the job title of each position held"),
    "duties": N_("add the main duties of each position, in the company's own words"),
    "start_date": N_("add the date the job started"),
    "end_date": N_("add the date the job ended, or say that it is current"),
    "hours_per_week": N_("add the number of hours worked per week"),
    "wage_amount": N_("add the salary, and whether it is per hour, week, month or year"),
    "wage_period": N_("say whether the salary is per hour, week, month or year"),
    "benefits": N_("add the benefits (or say that there are none)"),
}
# ... and what to correct that is not a missing element, by rule.
LETTER_CORRECTIONS = {
    "LETTER-SIGNATURE-001": N_("sign the letter by hand (or with a verifiable e-signature)"),
    "LETTER-LETTERHEAD-001": N_("print the letter on company letterhead"),
    "LETTER-DATES-001": N_("correct the dates of employment (start date, and end date or current)"),
    "LETTER-AGE-001": N_("issue an updated letter with today's date"),
    "LETTER-NOC-002": N_("describe the duties in the company's own words, not copied text"),
    "CEC-NOC-001": N_("replace the old NOC 2016 code or wording with the 5-digit NOC 2021 code"),
    "QA-LETTER-001": N_("give a company e-mail address rather than a personal webmail address"),
}
# Documents the client provides, by the kind a DOC-MISSING-001 finding names.
CLIENT_DOCUMENTS = {
    "language_test": N_(
        "Your language test results (CELPIP General, IELTS General Training, PTE Core, "
        "TEF Canada or TCF Canada), taken less than 2 years before submission"
    ),
    "passport": N_("A copy of your passport: the page with your photo and personal details"),
    "work_permit": N_("Every work permit that covers the work you claim, front and back"),
    "study_permit": N_("Your study permits"),
    "pay_stub": N_("Pay stubs for each job you claim"),
    "t4": N_("Your T4 slips for each year you worked"),
}


@dataclass(frozen=True)
class Request:
    """One thing to ask for; `details` are its parts (the elements a letter must add)."""

    text: str
    details: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # the findings it settles, for the consultant


@dataclass(frozen=True)
class RequestGroup:
    addressee: Addressee
    heading: str
    requests: tuple[Request, ...]


@dataclass(frozen=True)
class RequestsView:
    case_name: str
    client: str
    as_of: str
    prepared: str
    groups: tuple[RequestGroup, ...]
    left_to_consultant: int  # open findings no document request settles

    @property
    def total(self) -> int:
        return sum(len(g.requests) for g in self.groups)


@dataclass
class _Letter:
    path: str
    elements: list[str]
    corrections: list[str]
    rules: list[str]


def _employer_of(document: Document | None) -> str:
    if document is None:
        return ""
    name = document.value("employer_name")
    return str(name).strip() if isinstance(name, str) else ""


def _open(result: AuditResult) -> list[Finding]:
    return [f for f in result.findings if f.status in ("failed", "unknown")]


def build_requests(result: AuditResult, today: dt.date | None = None) -> RequestsView:
    """The request list of one audited case, in the current language (`i18n.language`)."""
    redact = redactor_for(result)
    documents = {d.id: d for d in result.documents}
    employers: dict[str, dict[str, _Letter]] = {}  # employer key -> letter path -> what to fix
    employer_names: dict[str, str] = {}
    missing_letters: dict[str, list[str]] = {}
    client: list[Request] = []
    settled = 0
    open_findings = _open(result)

    def employer_key(name: str) -> str:
        key = " ".join(name.casefold().split())
        employer_names.setdefault(key, name)
        return key

    def letter(finding: Finding) -> _Letter | None:
        path = finding.documents[0] if finding.documents else ""
        doc = documents.get(path)
        if doc is None or doc.kind != "employment_letter":
            return None
        key = employer_key(_employer_of(doc))
        return employers.setdefault(key, {}).setdefault(path, _Letter(path, [], [], []))

    for f in open_findings:
        if f.status != "failed":
            continue  # a person checks an `unknown` first; it is counted below
        subject = f.subject or ""
        if f.rule.startswith("LETTER-") and subject in LETTER_ELEMENTS:
            found = letter(f)
            if found is not None:
                found.elements.append(subject)
                found.rules.append(f.rule)
                settled += 1
                continue
        if f.rule in LETTER_CORRECTIONS:
            found = letter(f)
            if found is not None:
                found.corrections.append(f.rule)
                found.rules.append(f.rule)
                settled += 1
                continue
        details = f.details or {}
        missing = details.get("missing")
        if f.rule in ("DOC-MISSING-001", "LANG-MISSING-001") and missing == "employment_letter":
            employer = str(details.get("employer") or "")
            missing_letters.setdefault(employer_key(employer), []).append(f.rule)
            settled += 1
            continue
        if f.rule in ("DOC-MISSING-001", "LANG-MISSING-001") and missing in CLIENT_DOCUMENTS:
            text = _(CLIENT_DOCUMENTS[str(missing)])
            if all(r.text != text for r in client):
                client.append(Request(text, rules=(f.rule,)))
            settled += 1
            continue
        request = _client_request(f, result, documents, redact)
        if request is not None:
            if all(r.text != request.text for r in client):
                client.append(request)
            settled += 1

    groups: list[RequestGroup] = []
    if client:
        groups.append(RequestGroup("client", _("From the client"), tuple(client)))
    for key in sorted(set(employers) | set(missing_letters)):
        name = redact(employer_names.get(key, ""))
        heading = (
            _("From the employer: {employer}").format(employer=name)
            if name
            else _("From the employer of the letters below")
        )
        requests: list[Request] = []
        if key in missing_letters:
            requests.append(
                Request(
                    _(
                        "A reference letter for the job held there, on company letterhead and "
                        "signed, giving the job title, the dates, the hours per week, the "
                        "salary and benefits, and the main duties"
                    ),
                    rules=tuple(missing_letters[key]),
                )
            )
        for path, fix in sorted(employers.get(key, {}).items()):
            parts = [_(LETTER_ELEMENTS[e]) for e in dict.fromkeys(fix.elements)]
            parts += [_(LETTER_CORRECTIONS[r]) for r in dict.fromkeys(fix.corrections)]
            requests.append(
                Request(
                    _("Please correct the reference letter {document}:").format(
                        document=document_name(path, redact)
                    ),
                    tuple(parts),
                    tuple(dict.fromkeys(fix.rules)),
                )
            )
        groups.append(RequestGroup("employer", heading, tuple(requests)))
    prepared = today or (result.audited_at.date() if result.audited_at else result.as_of)
    return RequestsView(
        case_name=result.case_name,
        client=redact(getattr(result.intake, "client_name", None) or ""),
        as_of=date(result.as_of),
        prepared=date(prepared),
        groups=tuple(groups),
        left_to_consultant=len(open_findings) - settled,
    )


def _client_request(
    finding: Finding,
    result: AuditResult,
    documents: dict[str, Document],
    redact: Callable[[str], str],
) -> Request | None:
    """A request to the client for a finding a document from them settles, else None."""
    rule = finding.rule
    path = finding.documents[0] if finding.documents else ""
    kind = documents[path].kind if path in documents else None
    if rule in ("LANG-EXPIRED-001", "LANG-EXPIRING-001"):
        language = getattr(result.evaluation, "language", None)
        chosen = getattr(language, "chosen", None)
        until = getattr(chosen, "valid_until", None)
        if isinstance(until, dt.date):
            text = _(
                "New language test results: the current ones are valid until {date}, "
                "too close to or before the submission date ({as_of})"
            ).format(date=date(until), as_of=date(result.as_of))
        else:
            text = _("New language test results, taken less than 2 years before submission")
        return Request(text, rules=(rule,))
    if rule == "QA-PASSPORT-001":
        expiry = documents[path].value("expiry_date") if path in documents else None
        if isinstance(expiry, dt.date):
            text = _("A renewed passport: the current one expires on {date}").format(
                date=date(expiry)
            )
        else:
            text = _("A renewed passport, valid at least 6 months after submission")
        return Request(text, rules=(rule,))
    if rule == "DOC-UNREADABLE-001" and path:
        return Request(
            _("A clearer copy of {document} (a scan or a well-lit photo of every page)").format(
                document=document_name(path, redact)
            ),
            rules=(rule,),
        )
    if rule == "DOC-LANGUAGE-001" and path:
        return Request(
            _("A certified English or French translation of {document}").format(
                document=document_name(path, redact, kind)
            ),
            rules=(rule,),
        )
    if rule == "STUB-GAP-001":
        return Request(
            _("The pay stubs missing between those provided, so every pay period is covered"),
            rules=(rule,),
        )
    return None
