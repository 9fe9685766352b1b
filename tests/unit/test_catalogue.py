"""The zh_CN gettext catalogue: in step with the source (every `_()` message of the CLI, core and
services is in it, nothing stale), every message translated with the placeholders of its
source, and compiled by packaging/build_catalogues.py into a catalogue gettext loads."""

from __future__ import annotations

import gettext
import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "vocab_app" / "resources" / "locale"
PO = LOCALE / "zh_CN" / "LC_MESSAGES" / "vocab_app.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
BRACE = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
PERCENT = re.compile(r"%(?:\([^)]*\))?[sdr]")


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_catalogues", ROOT / "packaging" / "build_catalogues.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalog():
    with PO.open("rb") as f:
        return read_po(f)


def _placeholders(text: str) -> list[str]:
    """The names filled in, without format specs (a translation may write {m} for {m:02d})."""
    names = [re.split("[:!]", field)[0] for field in BRACE.findall(text)]
    return sorted(names + PERCENT.findall(text))


def test_every_message_is_translated_with_the_same_placeholders(catalog):
    assert catalog.plural_forms == "nplurals=1; plural=0;"
    problems = []
    for m in catalog:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings) or len(strings) != catalog.num_plurals:
            problems.append(f"untranslated or fuzzy: {ids[0]!r}")
            continue
        for s in strings:
            if _placeholders(s) != _placeholders(ids[-1]):
                problems.append(f"placeholders differ: {ids[-1]!r} → {s!r}")
        if len(ids) == 1 and re.search("[A-Za-z]{3,}", BRACE.sub("", ids[0])) \
                and strings[0] == ids[0]:
            problems.append(f"left in English: {ids[0]!r}")
    assert problems == [] and len(catalog) > 250




def test_the_catalogue_holds_exactly_the_messages_of_the_source(catalog):
    """A new `_()` sentence not yet in the .po (or a stale entry) fails here: run the
    README's `pybabel extract` and `pybabel update`, then translate."""
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT / "vocab_app"), method_map=[("gui/**", "ignore"), ("**.py", "python")],
            keywords=KEYWORDS):
        found.add((message if isinstance(message, str) else tuple(message), context))
    in_po = {(m.id, m.context) for m in catalog if m.id}
    assert sorted(map(str, found - in_po)) == [] and sorted(map(str, in_po - found)) == []


def test_the_compiled_catalogue_speaks_chinese(tmp_path):
    mo = _builder().compile_po(PO, tmp_path / "vocab_app.mo", check=True)
    with mo.open("rb") as f:
        zh = gettext.GNUTranslations(f)
    assert zh.gettext("Again") == "重来"
    assert zh.ngettext("{n} new term", "{n} new terms", 3).format(n=3) == "3 个新术语"
    assert zh.pgettext("date: {y} year, {m} month, {d} day", "{y}-{m:02d}-{d:02d}").format(
        y=2026, m=3, d=9) == "2026年3月9日"
    assert zh.gettext("usage: ") == "用法："  # argparse's own words are in it too
    # a message the catalogue lacks stays English
    assert zh.gettext("no such message") == "no such message"


def test_build_all_skips_an_up_to_date_catalogue_and_check_refuses_an_untranslated_one(
        tmp_path):
    builder = _builder()
    folder = tmp_path / "locale" / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "vocab_app.po"
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
                  'msgid "Again"\nmsgstr "Encore"\n\nmsgid "Hard"\nmsgstr ""\n',
                  encoding="utf-8")
    (mo,) = builder.build_all(locale_dir=tmp_path / "locale")
    built = mo.stat().st_mtime_ns
    assert builder.build_all(locale_dir=tmp_path / "locale") == [mo]
    assert mo.stat().st_mtime_ns == built
    with pytest.raises(ValueError, match="1 untranslated"):
        builder.build_all(check=True, locale_dir=tmp_path / "locale")
    with mo.open("rb") as f:
        xx = gettext.GNUTranslations(f)
    assert xx.gettext("Again") == "Encore" and xx.gettext("Hard") == "Hard"


def test_a_chosen_language_overrides_the_environment(monkeypatch):
    from vocab_app import i18n_text

    _builder().build_all()
    monkeypatch.setenv("LANGUAGE", "en")
    try:
        i18n_text.use_languages(["zh_CN"])
        assert i18n_text._("Nothing to undo.") == "没有可撤销的操作。"
        assert i18n_text.format_date(date(2026, 3, 9)) == "2026年3月9日"
        i18n_text.use_languages(None)
        assert i18n_text._("Nothing to undo.") == "Nothing to undo."
        assert i18n_text.format_date(date(2026, 3, 9)) == "2026-03-09"
    finally:
        i18n_text.use_languages(None)
