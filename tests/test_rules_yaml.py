"""Exact problem lines for the file and YAML rules of the content model (content-model.md,
"Files and YAML", "Edge rules: Front matter"): each case writes a few files into the minimal
test site, runs `check`, and compares every problem line and the exit code."""
from __future__ import annotations

from tests.rulekit import ACME, PROG, case, partner, program, rule_test

P = PROG
A = ACME
MIB = 1_048_576


CASES = [
    # --- front matter ------------------------------------------------------------------------
    case("fm-blank-line-before", {P: "\n" + program()}, [
        f"{P}:1: error: front matter must start on the first line; delete the blank lines above '---'",
    ]),
    case("fm-not-first-line", {P: "title: Robotics Club\n---\n"}, [
        f"{P}:1: error: the file must start with a '---' line, then the front matter (title: ...), then another '---' line",
    ]),
    case("fm-unclosed", {P: program().replace("---\nRobots", "Robots")}, [
        f"{P}:1: error: the front matter is not closed; add a '---' line after it",
    ]),
    case("fm-dots-closer", {P: program().replace("---\nRobots", "...\nRobots")}, [
        f"{P}:11:1: error: front matter must end with a '---' line, not '...'",
    ]),
    case("fm-list", {P: "---\n- title\n- summary\n---\nBody\n"}, [
        f'{P}:2: error: the front matter is a list; it must be keys and values (title: ...)',
    ]),
    case("fm-plain-string", {P: "---\njust some text\n---\nBody\n"}, [
        f'{P}:2: error: the front matter is plain text; it must be keys and values (title: ...)',
    ]),
    case("fm-empty-mapping", {P: "---\n---\nBody\n"}, [
        f"{P}:1: error: 'cost' is required; add it",
        f"{P}:1: error: 'location' is required; add it",
        f"{P}:1: error: 'partner' is required; add it",
        f"{P}:1: error: 'sectors' is required; add it",
        f"{P}:1: error: 'summary' is required; add it",
        f"{P}:1: error: 'title' is required; add it",
        f"{P}:1: error: 'type' is required; add it",
        f"{P}:1: error: 'verified' is required; add it",
        f"{P}:1: error: grades is required when the audience includes students (grades: 9-12)",
    ]),
    case("empty-file", {P: ""}, [
        f'{P}:1: error: the file is empty; fill it in or delete it',
    ]),
    case("partner-yaml-is-a-list", {A: "- name: Acme\n- kind: industry\n"}, [
        f'{A}:1: error: the file is a list; it must be keys and values (name: ...)',
    ]),
    case("translation-without-front-matter",
         {"content/programs/robotics-club.es.md": "title: Club de robótica\n"}, [
        "content/programs/robotics-club.es.md:1: error: the file must start with a '---' line, then the front matter (title: ...), then another '---' line",
    ]),
    # --- YAML features that are refused ------------------------------------------------------
    case("anchor", {P: program(title="&t Robotics Club")}, [
        f'{P}:2:8: error: anchors (&name) are not allowed; delete the anchor',
    ]),
    case("alias", {A: partner(name="&n Acme Robotics", summary="*n")}, [
        f'{A}:1:7: error: anchors (&name) are not allowed; delete the anchor',
        f'{A}:3:10: error: aliases (*name) are not allowed; write the value out',
    ]),
    case("undefined-alias", {A: partner(summary="*nothing")}, [
        f'{A}:3:10: error: aliases (*name) are not allowed; write the value out',
    ]),
    case("tag-python-object", {P: program(title='!!python/object/apply:os.system ["ls"]')}, [
        f'{P}:2:8: error: YAML tags (!!python/object/apply:os.system) are not allowed; delete the tag',
    ]),
    case("tag-binary", {A: partner(summary="!!binary aGVsbG8=")}, [
        f'{A}:3:10: error: YAML tags (!!binary) are not allowed; delete the tag',
    ]),
    case("tag-bang", {P: program(title="! Robotics Club")}, [
        f'{P}:2:8: error: YAML tags (!) are not allowed; delete the tag',
    ]),
    case("tag-str", {P: program(title="!!str Robotics Club")}, [
        f'{P}:2:8: error: YAML tags (!!str) are not allowed; delete the tag',
    ]),
    case("duplicate-key", {P: program(capacity="10").replace("capacity: 10", "title: Again")}, [
        f"{P}:11:1: error: duplicate key 'title' (also on line 2); keep one",
    ]),
    case("duplicate-nested-key", {P: program(location="\n  name: Hall\n  city: Town\n"
                                                      "  region: north\n  city: Other")}, [
        f"{P}:13:3: error: duplicate key 'city' (also on line 11); keep one",
    ]),
    case("complex-key", {A: partner() + "? website\n: https://acme.example.org\n"}, [
        f"{A}:5:1: error: complex keys ('? ') are not allowed; write 'key: value'",
    ]),
    case("complex-key-flow", {P: program(contact="{? name: Ann}")}, [
        f"{P}:11:11: error: complex keys ('? ') are not allowed; write 'key: value'",
    ]),
    case("yaml-directive", {A: "%YAML 1.2\n---\n" + partner()}, [
        f'{A}:1:1: error: YAML directives (%YAML, %TAG) are not allowed; delete the line',
    ]),
    case("tag-directive", {A: "%TAG !e! tag:example.org,2000:\n---\n" + partner()}, [
        f'{A}:1:1: error: YAML directives (%YAML, %TAG) are not allowed; delete the line',
    ]),
    case("second-document", {A: partner() + "---\nname: Other\n"}, [
        f"{A}:5:1: error: only one YAML document is allowed; delete the second '---'",
    ]),
    case("document-end-marker", {A: partner() + "...\n"}, [
        f"{A}:5:1: error: the document end marker '...' is not allowed; delete it",
    ]),
    case("yaml-start-marker-in-yaml", {A: "---\n" + partner()}, []),
    case("nesting-flow-11", {P: program(tags="[[[[[[[[[[[deep]]]]]]]]]]]")}, [
        f'{P}:11:8: error: tags: must be text, not a list or a set of keys',
        f'{P}:11:16: error: nesting is deeper than 10 levels; flatten it',
    ]),
    case("nesting-block-11", {A: partner(contact="".join(
        f"\n{'  ' * (i + 1)}k{i}:" for i in range(11)) + " deep")}, [
        f"{A}:6:3: error: unknown key 'k0'; allowed keys: name, email, phone",
        f'{A}:15:21: error: nesting is deeper than 10 levels; flatten it',
    ]),
    case("tab-indentation", {P: program(location="\n\tname: Hall")}, [
        f'{P}:10:1: error: a tab is used for indentation; indent YAML with spaces',
    ]),
    case("colon-in-plain-value", {P: program(title="Robotics: Club: Fun")}, [
        f"{P}:2:16: error: a ':' here is not allowed; put the value in quotes",
    ]),
    # --- slips: what a partner most likely typed, named with its fix --------------------------
    case("slip-number-comma-flow", {P: program(cost="{amount: 1,200, per: per year}")}, [
        f"{P}:8:18: error: unknown key '200': the comma in 1,200 splits the number; write numbers without commas (amount: 1200)",
    ]),
    case("slip-number-commas-flow", {P: program(cost="{amount: 1,200,000}")}, [
        f"{P}:8:18: error: unknown key '200': the comma in 1,200,000 splits the number; write numbers without commas (amount: 1200000)",
        f"{P}:8:22: error: unknown key '000': the comma in 1,200,000 splits the number; write numbers without commas (amount: 1200000)",
    ]),
    case("slip-number-comma-block", {P: program(cost="\n  amount: 1,200")}, [
        f"{P}:9:11: error: cost.amount: '1,200' is not a number; write numbers without commas (1200)",
    ]),
    case("slip-unknown-key-without-value", {P: program(deadlin="")}, [
        f"{P}:11:1: error: unknown key 'deadlin'; did you mean 'deadline'?",
    ]),
    case("slip-unknown-nested-key-without-value", {A: partner(contact="\n  emial: ~")}, [
        f"{A}:6:3: error: unknown key 'emial'; did you mean 'email'?",
    ]),
    case("slip-key-indented-deeper", {P: program(cost="\n  amount: 12\n   per: year")}, [
        f"{P}:10:4: error: 'per' is indented 3 spaces but the keys beside it 2: line them up",
    ]),
    case("slip-key-indented-less", {P: program(location="\n    name: Hall\n    city: Town\n   region: north")}, [
        f"{P}:12:4: error: 'region' is indented 3 spaces but the keys beside it 4: line them up",
    ]),
    case("slip-top-key-indented", {P: program(summary="Robots.\n type: club", type=None)}, [
        f"{P}:5:2: error: 'type' is indented 1 space but the keys beside it 0: line them up",
    ]),
    case("slip-list-item-indented-less", {P: program(sectors="\n  - maritime\n - aerospace")}, [
        f"{P}:8:2: error: this '-' item is indented 1 space but the items beside it 2: line them up",
    ]),
    case("slip-curly-quotes", {P: program(grades="“6-8”")}, [
        f'{P}:7:9: error: grades: curly quotes “ ” are not quotes in YAML: use straight quotes " or none',
    ]),
    case("slip-curly-quotes-around-colon", {P: program(title="“Robotics: Club”")}, [
        f'{P}:2:8: error: curly quotes “ ” are not quotes in YAML: use straight quotes " or none',
    ]),
    case("slip-no-space-after-colon", {P: program().replace("type: club", "type:club")}, [
        f"{P}:5:5: error: put a space after the ':' of 'type' (type: club)",
    ]),
    case("slip-key-without-colon", {P: program().replace("type: club", "type club")}, [
        f"{P}:5:1: error: 'type club' has no ':' after it; write 'key: value', or join it to the line above",
    ]),
    case("slip-quote-not-closed", {P: program(title='"Robotics Club')}, [
        f'{P}:2:8: error: this " is never closed; end the value with " on the same line',
    ]),
    case("slip-comment-cuts-value", {P: program(title="Team #4 Robotics")}, [
        f"{P}:2:13: error: YAML reads ' #' as the start of a comment, so the value stops at 'Team'; put the whole value in quotes, or move the comment to a line of its own",
    ]),
    case("comment-after-quoted-value-or-on-its-own-line-ok",
         {P: program(title='"Team #4" # the name', type="club\n# after school")}, []),
    case("slip-backslash-in-double-quotes", {A: partner(summary='"See C:\\docs"')}, [
        f"{A}:3:16: error: a backslash in double quotes starts an escape; use single quotes ' ' instead",
    ]),
    # --- encodings and characters ------------------------------------------------------------
    case("latin1-e-acute", {P: program(title="Caf\u00e9 Club").encode("latin-1")}, [
        f'{P}:2:11: error: the file is not UTF-8 (byte 0xE9); save it as UTF-8',
    ]),
    case("utf16", {P: program().encode("utf-16")}, [
        f'{P}:1:1: error: the file is not UTF-8 (it looks like UTF-16); save it as UTF-8',
    ]),
    case("esc-in-title", {P: program(title="Robotics\x1b Club")}, [
        f'{P}:2:16: error: control character U+001B is not allowed; delete it',
    ]),
    case("nul-in-summary", {A: partner(summary="Builds\x00 robots.")}, [
        f'{A}:3:16: error: control character U+0000 is not allowed; delete it',
    ]),
    case("c1-nel-in-title", {P: program(title="Robotics\u0085Club")}, [
        f'{P}:2:16: error: control character U+0085 is not allowed; delete it',
    ]),
    case("line-separator-in-body", {P: program(body="Robots every\u2028Tuesday.\n")}, [
        f'{P}:12:13: error: control character U+2028 is not allowed; delete it',
    ]),
    case("paragraph-separator-in-yaml", {A: partner(summary="Builds\u2029robots.")}, [
        f'{A}:3:16: error: control character U+2029 is not allowed; delete it',
    ]),
    case("del-in-title", {P: program(title="Robotics\x7f Club")}, [
        f'{P}:2:16: error: control character U+007F is not allowed; delete it',
    ]),
    case("bidi-override-in-title", {P: program(title="Robotics \u202eClub")}, [
        f'{P}:2:8: error: title: contains an invisible or text-direction character (U+202E); delete it',
    ]),
    case("bidi-override-in-body-allowed", {P: program(body="Robots \u202eevery Tuesday.\n")}, []),
    case("zero-width-space-in-title", {P: program(title="Robotics\u200bClub")}, [
        f'{P}:2:8: error: title: contains an invisible or text-direction character (U+200B); delete it',
    ]),
    case("zero-width-space-in-body-allowed", {P: program(body="Robots\u200b every Tuesday.\n")},
         []),
    case("word-joiner-in-partner-name", {A: partner(name="Acme\u2060Robotics")}, [
        f'{A}:1:7: error: name: contains an invisible or text-direction character (U+2060); delete it',
    ]),
    case("zwj-emoji-in-title-allowed", {P: program(title="Robotics Club \U0001F469\u200d\U0001F52C")},
         []),
    case("yaml-escape-bidi-in-title", {P: program(title='"Robotics \\u202EClub"')}, [
        f'{P}:2:8: error: title: contains an invisible or text-direction character (U+202E); delete it',
    ]),
    case("yaml-escape-esc-in-summary", {A: partner(summary='"Builds \\e robots."')}, [
        f'{A}:3:10: error: summary: control character U+001B is not allowed; delete it',
    ]),
    case("yaml-escape-nel-in-description", {A: partner(description='"Builds \\N robots."')}, [
        f'{A}:5:14: error: description: control character U+0085 is not allowed; delete it',
    ]),
    case("tab-in-title", {P: program(title='"Robotics\\tClub"')}, [
        f'{P}:2:8: error: title: contains a tab (U+0009); delete it',
    ]),
    case("tab-in-body-allowed", {P: program(body="Robots\tevery Tuesday.\n")}, []),
    case("char-ref-esc-in-body", {P: program(body="Robots &#27; every Tuesday.\n")}, [
        f'{P}:12:8: error: the character reference &#27; writes a control character; delete it',
    ]),
    case("char-ref-hex-nul-in-body", {P: program(body="Robots\n\nevery &#x0; Tuesday.\n")}, [
        f'{P}:14:7: error: the character reference &#x0; writes a control character; delete it',
    ]),
    case("char-ref-tab-in-body-allowed", {P: program(body="Robots&#9;every Tuesday.\n")}, []),
    case("bom-and-crlf-accepted",
         {P: b"\xef\xbb\xbf" + program().replace("\n", "\r\n").encode()}, []),
    case("lone-cr", {P: program().replace("type: club\n", "type: club\r")}, [
        f'{P}:5:11: error: a line ends with a lone carriage return (CR); use LF or CRLF line ends',
    ]),
    case("record-over-1-mib", {P: program(body="x" * MIB)}, [
        f'{P}:1: error: the file is 1,048,776 bytes; the limit is 1,048,576',
    ]),
    case("record-exactly-1-mib-accepted",
         {P: (lambda head: head + "x" * (MIB - len(head.encode())))(program(body=""))}, []),
]


test_rule = rule_test(CASES)
