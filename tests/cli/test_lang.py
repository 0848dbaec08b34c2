"""`--lang` and audit.toml's `lang`: reports, summary line and `audit rules explain` in French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.cli.test_cli import REPO, run

runner = CliRunner()
FR_CEC = (
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/"
    "entree-express/qui-presenter-demande/categorie-experience-canadienne.html"
)


def test_rules_explain_in_french_links_the_french_page() -> None:
    done = runner.invoke(app, ["rules", "explain", "LETTER-HOURS-001", "--lang", "fr"])
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[:2] == [
        "LETTER-HOURS-001  (erreur)",
        "La lettre indique les heures de travail par semaine",
    ]
    assert "Pourquoi :" in done.output and "Comment corriger :" in done.output
    assert FR_CEC in done.output and "/en/" not in done.output


def test_rules_explain_in_french_links_justice_laws_in_french() -> None:
    done = runner.invoke(app, ["rules", "explain", "CEC-HOURS-001", "--lang", "fr"])
    assert done.exit_code == 0, done.output
    assert (
        "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/section-87.1.html"
        in done.output
    )
    assert "Au moins 1 560 heures admissibles" in done.output


def test_every_shipped_rule_source_has_a_french_page() -> None:
    """Each source URL of rules.yaml is translated to a canada.ca/fr or Justice Laws /fra page."""
    listed = runner.invoke(app, ["rules", "--lang", "fr"])
    ids = re.findall(r"^([A-Z]+-[A-Z0-9]+-\d{3})\s", listed.output, re.MULTILINE)
    assert len(ids) > 40
    for rule_id in ids:
        shown = runner.invoke(app, ["rules", "explain", rule_id, "--lang", "fr"]).output
        source = shown.split("Source :\n", 1)[1].splitlines()[0].strip()
        if source == "-":
            continue
        assert source.startswith(
            ("https://www.canada.ca/fr/", "https://laws-lois.justice.gc.ca/fra/")
        ), f"{rule_id}: {source}"


def test_the_rules_list_in_english_is_unchanged() -> None:
    done = runner.invoke(app, ["rules", "explain", "LETTER-HOURS-001"])
    assert done.output.splitlines()[:2] == [
        "LETTER-HOURS-001  (error)",
        "The letter gives the hours of work per week",
    ]


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    done = run(str(REPO / "samples" / "eligible-en-digital"), "--lang", "de", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "audit: error: --lang: 'de' is not one of en, fr"
    assert runner.invoke(app, ["rules", "--lang", "de"]).exit_code == 2


def test_audit_toml_lang_is_checked(tmp_path: Path) -> None:
    (tmp_path / "audit.toml").write_text('lang = "es"\n')
    done = run(str(REPO / "samples" / "eligible-en-digital"), cwd=tmp_path)
    assert done.returncode == 2
    assert "audit.toml:1: lang = 'es' is not one of en, fr" in done.stderr


@pytest.mark.ocr
def test_audit_toml_lang_writes_french_reports_and_summary(tmp_path: Path) -> None:
    """audit.toml's `lang = "fr"`: the summary line, report, request list in French; --lang wins."""
    (tmp_path / "audit.toml").write_text('lang = "fr"\n')
    case = str(REPO / "samples" / "eligible-en-digital")
    done = run(case, "--out", "fr", "--no-cache", "--fail-on", "never", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "eligible-en-digital: prêt (0 erreur, 0 avertissement, 0 info) -> fr/report.html\n"
    )
    report = (tmp_path / "fr" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in report and "Piste de vérification" in report
    requests = (tmp_path / "fr" / "requests.html").read_text(encoding="utf-8")
    assert "Documents à demander" in requests
    english = run(
        case, "--out", "en", "--no-cache", "--fail-on", "never", "--lang", "en", cwd=tmp_path
    )
    assert " error" in english.stdout and '<html lang="en">' in (
        tmp_path / "en" / "report.html"
    ).read_text(encoding="utf-8")


def test_help_in_french_with_lang() -> None:
    """`--lang fr` is read before typer builds the help: every paragraph, section, option and
    the words typer adds ([par défaut : ...]) are French; the English help is unchanged."""
    french = runner.invoke(app, ["--help", "--lang", "fr"])
    assert french.exit_code == 0, french.output
    text = " ".join(french.output.split())  # the help is wrapped at the terminal's width
    assert text.startswith("Utilisation : audit [OPTIONS] CASE_DIR...")
    for words in (
        "Vérifie un ou plusieurs dossiers",
        "Codes de sortie",
        "Arguments",
        "Options",
        "Commandes",
        "Dossiers à vérifier.",
        "Affiche ce message et quitte.",
        "[par défaut : html,json]",
        "[variable d'environnement : AUDIT_REPORT_MODE]",
        "[obligatoire]",
    ):
        assert words in text, words
    for english in ("Usage:", "Show this message", "Case folders to audit", "default:"):
        assert english not in text, english
    english = " ".join(runner.invoke(app, ["--help"]).output.split())
    assert english.startswith("Usage: audit [OPTIONS] CASE_DIR...")
    assert "[default: html,json]" in english and "Case folders to audit." in english


def test_help_in_french_from_audit_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The firm's `lang` makes the sub-commands' help French too; `--lang en` wins over it."""
    (tmp_path / "audit.toml").write_text('lang = "fr"\n')
    monkeypatch.chdir(tmp_path)
    rules = runner.invoke(app, ["rules", "--help"]).output
    assert "Liste les règles que le vérificateur applique" in rules
    assert "explain Ce qu'une règle vérifie" in " ".join(rules.split())
    crs = runner.invoke(app, ["crs", "--help"]).output
    assert "Calcule la note de PROFILE" in crs and "Exemple de PROFILE.yaml :" in crs
    assert "Usage:" in runner.invoke(app, ["crs", "--help", "--lang", "en"]).output


def test_crs_breakdown_in_french(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "age: 29\neducation: bachelors\nfirst_language:\n  test: celpip_general\n"
        "  clb: {listening: 9, reading: 8, writing: 8, speaking: 9}\n"
        "canadian_work_years: 2\nas_of: 2026-01-15\n",
        encoding="utf-8",
    )
    french = runner.invoke(app, ["crs", str(profile), "--lang", "fr"])
    assert french.exit_code == 0, french.output
    lines = french.output.splitlines()
    assert lines[0] == "Note SCG : 429 / 1200"
    assert lines[1].startswith("Calculée pour une personne seule, le 15 janvier 2026")
    assert "études et langue" in french.output and "un diplôme, NCLC le plus bas 8" in french.output
    assert "2 an(s)" in french.output and "year(s)" not in french.output
    english = runner.invoke(app, ["crs", str(profile)]).output
    assert english.splitlines()[0] == "CRS score: 429 / 1200"
    assert "2 year(s)" in english


def test_errors_in_french(tmp_path: Path) -> None:
    done = runner.invoke(app, [str(tmp_path), "--lang", "fr", "--jobs", "0"])
    assert done.exit_code == 2
    assert "audit : erreur : --jobs : 0 n'est pas un nombre de processus" in done.output


def test_case_yaml_errors_in_french(tmp_path: Path) -> None:
    """case.yaml is read in a worker process, before the language is known: its error keeps
    its message, and the CLI says it in French; str() stays the English of the contract."""
    from auditor import i18n
    from auditor.case.intake import load_intake
    from auditor.cli.commands import said_error
    from auditor.errors import UsageError

    (tmp_path / "case.yaml").write_text(
        "claims:\n  work:\n    - employer: Acme\n      start: 2024-05-01\n      end: 2024-01-01\n"
    )
    with pytest.raises(UsageError) as caught:
        load_intake(tmp_path)
    assert str(caught.value).endswith(
        "case.yaml:5: claims.work[0]: end 2024-01-01 is before start 2024-05-01"
    )
    with i18n.language("fr"):
        assert said_error(caught.value).endswith(
            "case.yaml:5 : claims.work[0] : la fin (1 janvier 2024) précède le début (1 mai 2024)"
        )


# click's usage errors (typer vendors click, whose texts are English): said in French with
# --lang fr or audit.toml's lang, and byte for byte click's English otherwise; exit code 2.
USAGE_ERRORS = [
    (
        ["--bogus", "x"],
        [
            "Usage: audit [OPTIONS] CASE_DIR...",
            "Try 'audit --help' for help.",
            "",
            "Error: No such option: --bogus (Possible options: --jobs, --out)",
        ],
        [
            "Utilisation : audit [OPTIONS] CASE_DIR...",
            "Essayez « audit --help » pour obtenir de l'aide.",
            "",
            "Erreur : Option inexistante : --bogus (options possibles : --jobs, --out)",
        ],
    ),
    (
        ["rules", "--bogus"],
        ["Usage: audit rules [OPTIONS] COMMAND [ARGS]...", "Try 'audit rules --help' for help."]
        + ["", "Error: No such option: --bogus"],
        ["Utilisation : audit rules [OPTIONS] COMMAND [ARGS]..."]
        + ["Essayez « audit rules --help » pour obtenir de l'aide."]
        + ["", "Erreur : Option inexistante : --bogus"],
    ),
    (
        ["--jobs", "2"],  # options but no folder: not a request for help
        ["Usage: audit [OPTIONS] CASE_DIR...", "Try 'audit --help' for help.", ""]
        + ["Error: Missing argument 'CASE_DIR'."],
        ["Utilisation : audit [OPTIONS] CASE_DIR..."]
        + ["Essayez « audit --help » pour obtenir de l'aide.", ""]
        + ["Erreur : Argument 'CASE_DIR' manquant."],
    ),
    (
        ["--jobs", "x", "."],
        ["Usage: audit [OPTIONS] CASE_DIR...", "Try 'audit --help' for help.", ""]
        + [
            "Error: Invalid value for '--jobs': Input should be a valid integer, unable to parse "
            "string as an integer"
        ],
        ["Utilisation : audit [OPTIONS] CASE_DIR..."]
        + ["Essayez « audit --help » pour obtenir de l'aide.", ""]
        + [
            "Erreur : Valeur non valide pour '--jobs' : La valeur doit être un nombre entier "
            "valide; impossible de lire le texte comme un nombre entier"
        ],
    ),
    (
        ["rules", "explain", "A", "B", "C"],
        ["Usage: audit rules explain [OPTIONS] RULE_ID"]
        + ["Try 'audit rules explain --help' for help.", ""]
        + ["Error: Got unexpected extra argument(s) (B C)"],
        ["Utilisation : audit rules explain [OPTIONS] RULE_ID"]
        + ["Essayez « audit rules explain --help » pour obtenir de l'aide.", ""]
        + ["Erreur : Argument(s) en trop inattendu(s) (B C)"],
    ),
    (
        ["rules", "nosuch"],
        ["Usage: audit rules [OPTIONS] COMMAND [ARGS]...", "Try 'audit rules --help' for help."]
        + ["", "Error: No such command 'nosuch'."],
        ["Utilisation : audit rules [OPTIONS] COMMAND [ARGS]..."]
        + ["Essayez « audit rules --help » pour obtenir de l'aide."]
        + ["", "Erreur : Commande 'nosuch' inexistante."],
    ),
    (
        ["--jobs"],
        ["Error: Option '--jobs' requires an argument."],
        ["Erreur : L'option '--jobs' exige un argument."],
    ),
    (
        ["--debug=3", "."],
        ["Error: Option '--debug' does not take a value."],
        ["Erreur : L'option '--debug' ne prend pas de valeur."],
    ),
]


@pytest.mark.parametrize(("args", "english", "french"), USAGE_ERRORS)
def test_a_usage_error_of_click_is_said_in_french(
    args: list[str], english: list[str], french: list[str]
) -> None:
    at = 1 if args[:1] == ["rules"] else 0  # `--lang` goes to the command that has it
    done = runner.invoke(app, [*args[:at], "--lang", "fr", *args[at:]])
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == french


@pytest.mark.parametrize(("args", "english", "french"), USAGE_ERRORS)
def test_a_usage_error_of_click_in_english_is_click_s_own_text(
    args: list[str], english: list[str], french: list[str]
) -> None:
    done = runner.invoke(app, args)
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr == "\n".join(english) + "\n"


def test_audit_toml_lang_says_usage_errors_in_french(tmp_path: Path) -> None:
    (tmp_path / "audit.toml").write_text('lang = "fr"\n')
    done = run("--bogus", "x", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines()[-1] == (
        "Erreur : Option inexistante : --bogus (options possibles : --jobs, --out)"
    )
