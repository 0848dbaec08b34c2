"""Label patterns: accented letters of French labels also match text that lost its accents."""

from extractors.base import fold_accents, rx


def test_accented_label_matches_with_and_without_accents() -> None:
    label = rx(r"date\s+d['’]entrée|prénoms?")
    assert label.search("Date d'entrée")
    assert label.search("DATE D'ENTREE")
    assert label.search("Prenom(s)")
    assert not label.search("Date d'entrainement")


def test_character_classes_and_escapes_stay_valid() -> None:
    assert fold_accents(r"[éè]t[^ô]") == r"[éeèe]t[^ôo]"
    assert fold_accents(r"\é") == r"\é"
    assert rx(r"[éè]cole").search("Ecole")
