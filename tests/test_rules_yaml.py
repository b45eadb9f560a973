"""Exact problem lines for the file and YAML rules of the content model (content-model.md,
"Files and YAML", "Edge rules: Front matter"): each case writes a few files into the minimal
test site, runs `check`, and compares every problem line and the exit code."""
from __future__ import annotations

import pytest

from tests.conftest import SiteFolder
from tests.rulekit import ACME, PROG, apply, expected_code, partner, program

P = PROG
A = ACME
MIB = 1_048_576


def case(id_: str, files: dict, expected: list[str]):
    return pytest.param(id_, files, expected, id=id_)


CASES = [
    # --- front matter ------------------------------------------------------------------------
    case("fm-blank-line-before", {P: "\n" + program()}, []),
    case("fm-not-first-line", {P: "title: Robotics Club\n---\n"}, []),
    case("fm-unclosed", {P: program().replace("---\nRobots", "Robots")}, []),
    case("fm-dots-closer", {P: program().replace("---\nRobots", "...\nRobots")}, []),
    case("fm-list", {P: "---\n- title\n- summary\n---\nBody\n"}, []),
    case("fm-plain-string", {P: "---\njust some text\n---\nBody\n"}, []),
    case("fm-empty-mapping", {P: "---\n---\nBody\n"}, []),
    case("empty-file", {P: ""}, []),
    case("partner-yaml-is-a-list", {A: "- name: Acme\n- kind: industry\n"}, []),
    case("translation-without-front-matter",
         {"content/programs/robotics-club.es.md": "title: Club de robótica\n"}, []),
    # --- YAML features that are refused ------------------------------------------------------
    case("anchor", {P: program(title="&t Robotics Club")}, []),
    case("alias", {A: partner(name="&n Acme Robotics", summary="*n")}, []),
    case("undefined-alias", {A: partner(summary="*nothing")}, []),
    case("tag-python-object", {P: program(title='!!python/object/apply:os.system ["ls"]')}, []),
    case("tag-binary", {A: partner(summary="!!binary aGVsbG8=")}, []),
    case("tag-bang", {P: program(title="! Robotics Club")}, []),
    case("tag-str", {P: program(title="!!str Robotics Club")}, []),
    case("duplicate-key", {P: program(capacity="10").replace("capacity: 10", "title: Again")}, []),
    case("duplicate-nested-key", {P: program(location="\n  name: Hall\n  city: Town\n"
                                                      "  region: north\n  city: Other")}, []),
    case("complex-key", {A: partner() + "? website\n: https://acme.example.org\n"}, []),
    case("complex-key-flow", {P: program(contact="{? name: Ann}")}, []),
    case("yaml-directive", {A: "%YAML 1.2\n---\n" + partner()}, []),
    case("tag-directive", {A: "%TAG !e! tag:example.org,2000:\n---\n" + partner()}, []),
    case("second-document", {A: partner() + "---\nname: Other\n"}, []),
    case("document-end-marker", {A: partner() + "...\n"}, []),
    case("yaml-start-marker-in-yaml", {A: "---\n" + partner()}, []),
    case("nesting-flow-11", {P: program(tags="[[[[[[[[[[[deep]]]]]]]]]]]")}, []),
    case("nesting-block-11", {A: partner(contact="".join(
        f"\n{'  ' * i}k{i}:" for i in range(11)) + " deep")}, []),
    case("tab-indentation", {P: program(location="\n\tname: Hall")}, []),
    case("colon-in-plain-value", {P: program(title="Robotics: Club: Fun")}, []),
    # --- encodings and characters ------------------------------------------------------------
    case("latin1-e-acute", {P: program(title="Caf\u00e9 Club").encode("latin-1")}, []),
    case("utf16", {P: program().encode("utf-16")}, []),
    case("esc-in-title", {P: program(title="Robotics\x1b Club")}, []),
    case("nul-in-summary", {A: partner(summary="Builds\x00 robots.")}, []),
    case("c1-nel-in-title", {P: program(title="Robotics\u0085Club")}, []),
    case("line-separator-in-body", {P: program(body="Robots every\u2028Tuesday.\n")}, []),
    case("paragraph-separator-in-yaml", {A: partner(summary="Builds\u2029robots.")}, []),
    case("del-in-title", {P: program(title="Robotics\x7f Club")}, []),
    case("bidi-override-in-title", {P: program(title="Robotics \u202eClub")}, []),
    case("bidi-override-in-body-allowed", {P: program(body="Robots \u202eevery Tuesday.\n")}, []),
    case("zero-width-space-in-title", {P: program(title="Robotics\u200bClub")}, []),
    case("zero-width-space-in-body-allowed", {P: program(body="Robots\u200b every Tuesday.\n")},
         []),
    case("word-joiner-in-partner-name", {A: partner(name="Acme\u2060Robotics")}, []),
    case("zwj-emoji-in-title-allowed", {P: program(title="Robotics Club \U0001F469\u200d\U0001F52C")},
         []),
    case("yaml-escape-bidi-in-title", {P: program(title='"Robotics \\u202EClub"')}, []),
    case("yaml-escape-esc-in-summary", {A: partner(summary='"Builds \\e robots."')}, []),
    case("yaml-escape-nel-in-description", {A: partner(description='"Builds \\N robots."')}, []),
    case("tab-in-title", {P: program(title='"Robotics\\tClub"')}, []),
    case("tab-in-body-allowed", {P: program(body="Robots\tevery Tuesday.\n")}, []),
    case("char-ref-esc-in-body", {P: program(body="Robots &#27; every Tuesday.\n")}, []),
    case("char-ref-hex-nul-in-body", {P: program(body="Robots\n\nevery &#x0; Tuesday.\n")}, []),
    case("char-ref-tab-in-body-allowed", {P: program(body="Robots&#9;every Tuesday.\n")}, []),
    case("bom-and-crlf-accepted",
         {P: b"\xef\xbb\xbf" + program().replace("\n", "\r\n").encode()}, []),
    case("lone-cr", {P: program().replace("type: club\n", "type: club\r")}, []),
    case("record-over-1-mib", {P: program(body="x" * MIB)}, []),
    case("record-exactly-1-mib-accepted",
         {P: (lambda head: head + "x" * (MIB - len(head.encode())))(program(body=""))}, []),
]


@pytest.mark.parametrize("id_, files, expected", CASES)
def test_rule(site: SiteFolder, id_: str, files: dict, expected: list[str]):
    apply(site, files)
    result = site.check()
    assert result.problems == expected
    assert result.code == expected_code(expected)
