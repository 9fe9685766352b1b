"""Every sentence the CLI shows goes through gettext: a scan of vocab_app/cli/ finds string
literals with words in them that reach the user (print, a stream's write, an argparse help or
description, an exception's message, an input prompt) without passing through `_()` or
`ngettext()`. Not prose, so not flagged: the program's name as a prefix (`vocab: `), JSON keys
in double quotes (`mine --format json`), and the machine-read formats kept as named module
constants (the `mine` TSV header, the smoke self-test's two lines).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "vocab_app" / "cli"
WORDS = re.compile(r"[A-Za-z]{2,}")
#: literal text that is not prose: the program name as a prefix, "json keys"
NOT_PROSE = re.compile(r'^\s*vocab: $|"[^"]*"')


def _prose(text: object) -> bool:
    return isinstance(text, str) and bool(WORDS.search(NOT_PROSE.sub("", text)))
TRANSLATORS = {"_", "ngettext", "N_", "pgettext"}
#: argparse keywords whose text is shown in --help
SHOWN_KEYWORDS = {"help", "description", "epilog", "usage"}


def _literal_text(node: ast.AST) -> list[str]:
    """The untranslated words-bearing literal text in an expression that becomes shown text."""
    if isinstance(node, ast.Constant):
        return [node.value] if _prose(node.value) else []
    if isinstance(node, ast.JoinedStr):
        found = [v.value for v in node.values if isinstance(v, ast.Constant) and _prose(v.value)]
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                found += _literal_text(v.value)
        return found
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) + _literal_text(node.orelse)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [t for elt in node.elts for t in _literal_text(elt)]
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in TRANSLATORS:
            return []
        if not isinstance(func, ast.Attribute):
            return []  # another function's arguments are its data (lst.count("link"))
        # "x".join(...), _("…").format(...): the text and what is put into it
        found = _literal_text(func.value)
        if func.attr in ("format", "join"):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                found += _literal_text(arg)
        return found
    return []


def _shows(call: ast.Call) -> list[ast.AST]:
    """The arguments of `call` that the user sees, if it is a call that shows text."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in ("print", "write", "_read", "input") or name.endswith(("Error", "Exception")):
        return list(call.args)
    return [k.value for k in call.keywords if k.arg in SHOWN_KEYWORDS]


def untranslated_literals(source: str, filename: str = "<source>") -> list[str]:
    """`file:line: text` for each literal that reaches the user without `_()`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for arg in _shows(node):
                found += [f"{filename}:{node.lineno}: {text!r}" for text in _literal_text(arg)]
    return found


def test_every_shown_literal_in_the_cli_is_translated():
    found = []
    for path in sorted(CLI.glob("*.py")):
        found += untranslated_literals(path.read_text(encoding="utf-8"), path.name)
    assert found == []


PLANTED = '''
import argparse, sys
from vocab_app.i18n_text import _, ngettext

def register(sub):
    p = sub.add_parser("plant", help="a helpful sentence", description=_("fine"))
    p.add_argument("--x", help=_("fine too"))

def run(args, n):
    print(f"added {n} things")
    print(_("fine: {n}").format(n=n))
    print(ngettext("{n} row", "{n} rows", n).format(n=n))
    sys.stderr.write("warning: " + _("something"))
    print("  " + ", ".join(args))
    raise ValueError(f"{args!r} is wrong")
'''


def test_the_scan_flags_each_kind_of_untranslated_text_on_a_planted_module(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(PLANTED, encoding="utf-8")
    found = untranslated_literals(planted.read_text(encoding="utf-8"), planted.name)
    assert [line.split(": ", 1)[1] for line in found] == [
        "'a helpful sentence'", "'added '", "' things'", "'warning: '", "' is wrong'"]
    # the same module with each sentence wrapped passes
    wrapped = (PLANTED.replace('help="a helpful sentence"', 'help=_("a helpful sentence")')
               .replace('print(f"added {n} things")',
                        'print(_("added {n} things").format(n=n))')
               .replace('"warning: " + ', '_("warning: ") + ')
               .replace('ValueError(f"{args!r} is wrong")',
                        'ValueError(_("{args!r} is wrong").format(args=args))'))
    assert untranslated_literals(wrapped) == []
