"""The TextMate grammar (editors/textmate/engage.tmLanguage.json) tokenises every example model.

It is run by a real TextMate engine (textmate-grammar-python, a port of vscode-textmate, on the
Oniguruma regex engine) over every Models/ file, every docs/LANGUAGE.md example and the parser's
golden and formatter inputs. A file fails when:
  - a string is left open at the end of the file (a `"` or `\"\"\"` region that never ends), or
    a string end has no start;
  - a keyword that starts a statement does not get a keyword scope (`storage.type.*` or `keyword.*`);
  - any other text outside strings and comments is left with no scope but `source.engage`;
  - a `#` outside a string does not start a comment.
"""

import json
import logging
import pathlib
import re

import pytest
from textmate_grammar.parsers.base import LanguageParser

logging.getLogger("textmate_grammar").setLevel(logging.ERROR)

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
GRAMMAR = json.loads((REPOSITORY / "editors" / "textmate" / "engage.tmLanguage.json").read_text())
STATEMENT_KEYWORDS = {
    "organisation", "client", "role", "megaprocess", "process", "relation", "include", "settings", "purpose", "goal",
    "description", "out_of_scope", "kind", "goals", "level", "measure", "owner", "engagement", "tags", "input",
    "output", "start", "step", "decision", "end", "from", "to", "duration", "type", "unit", "target", "warning",
    "direction", "frequency", "source", "patient_defined", "supplier", "product", "requirement", "rule", "allow",
}


def examples():
    cases = []
    for path in sorted((REPOSITORY / "Models").rglob("*.engage")):
        cases.append(pytest.param(path.read_text(encoding="utf-8-sig"), id=str(path.relative_to(REPOSITORY))))
    for folder in ["Golden", "Formatting"]:
        for path in sorted((REPOSITORY / "Tests" / "EngageLanguageTests" / folder).glob("*.engage")):
            cases.append(pytest.param(path.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), id=str(path.relative_to(REPOSITORY))))
    language = (REPOSITORY / "docs" / "LANGUAGE.md").read_text()
    for number, match in enumerate(re.finditer(r"```(engage[\w-]*)\n(.*?)```", language, re.S)):
        cases.append(pytest.param(match.group(2), id=f"docs/LANGUAGE.md#{number}-{match.group(1)}"))
    # The engine fails on an empty text (nothing to tokenise): empty files are left out.
    return [case for case in cases if case.values[0].strip()]


PARSER = LanguageParser(GRAMMAR)


def test_there_are_examples():
    assert len(examples()) >= 40


@pytest.mark.parametrize("text", examples())
def test_grammar_tokenises_the_example(text):
    tokens = PARSER.parse_string(text).flatten()
    problems = []
    begins = ends = 0
    line_has_statement = set()
    for (line, column), token, scopes in tokens:
        scope_text = " ".join(scopes)
        if "punctuation.definition.string.begin" in scope_text:
            begins += 1
        if "punctuation.definition.string.end" in scope_text:
            ends += 1
        inside_text = "string." in scope_text or "comment." in scope_text
        if not token.strip():
            continue
        if not inside_text and scopes == ["source.engage"]:
            problems.append(f"{line + 1}:{column + 1} {token!r} has no scope")
        if not inside_text and "#" in token:
            problems.append(f"{line + 1}:{column + 1} {token!r}: '#' does not start a comment")
        if line not in line_has_statement and not inside_text:
            line_has_statement.add(line)
            if token.strip() in STATEMENT_KEYWORDS and not any(s.startswith(("storage.type", "keyword")) for s in scopes):
                problems.append(f"{line + 1}:{column + 1} keyword {token!r} has scopes {scopes}")
        elif "string." in scope_text:
            line_has_statement.add(line)
    if begins != ends:
        problems.append(f"{begins} strings begin and {ends} end: a string is left open")
    last = [scopes for _, token, scopes in tokens if token.strip()]
    if last and any(s.startswith("string.") for s in last[-1]) and "punctuation.definition.string.end" not in " ".join(last[-1]):
        problems.append("the file ends inside a string")
    assert problems == []


def test_an_unclosed_string_is_caught():
    tokens = PARSER.parse_string('role gp "GP {\n  kind clinician\n}\n').flatten()
    begins = sum("punctuation.definition.string.begin" in " ".join(s) for _, _, s in tokens)
    ends = sum("punctuation.definition.string.end" in " ".join(s) for _, _, s in tokens)
    assert begins != ends


def test_the_vscode_extension_ships_the_same_grammar():
    shipped = json.loads((REPOSITORY / "editors" / "vscode" / "syntaxes" / "engage.tmLanguage.json").read_text())
    assert shipped == GRAMMAR
    package = json.loads((REPOSITORY / "editors" / "vscode" / "package.json").read_text())
    assert "dependencies" not in package and "devDependencies" not in package
    assert package["contributes"]["grammars"][0]["scopeName"] == GRAMMAR["scopeName"]
    json.loads((REPOSITORY / "editors" / "vscode" / "language-configuration.json").read_text())
