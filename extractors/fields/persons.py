"""A person's name put together from what a form prints apart."""

from __future__ import annotations

from auditor.models import Field
from extractors.fields.spec import KindSpec


def with_given_names(fields: dict[str, Field], person: str, spec: KindSpec) -> dict[str, Field]:
    """The reported fields; a person's name read as one word (the value of a bare "Name"
    label) gets the given names read beside it in front ("Nom : Lefèvre  Prénom : Émilie")."""
    name, given = fields.get(person), fields.get("given_names")
    if name is not None and given is not None and " " not in str(name.value).strip():
        if str(given.value).casefold() not in str(name.value).casefold():
            whole = f"{given.value} {name.value}"
            conf = min(name.confidence, given.confidence)
            fields[person] = Field(whole, name.page, name.bbox, f"{given.text} {name.text}", conf)
    return {n: f for n, f in fields.items() if spec.by_name[n].report}
