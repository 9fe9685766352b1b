"""Build the word frequency tables that ship inside the package, from wordfreq, before it is
installed or built.

    python packaging/build_frequency.py [--force]

wordfreq (https://github.com/rspeer/wordfreq, Apache-2.0 code; its word lists are CC-BY-SA 4.0,
see vocab_app/resources/frequency/NOTICE) is ~60 MB: too big to ship in the bundle, and it is
needed only here. Each table is the `TOP` most frequent words of one language, one word a line,
most frequent first (a word's rank is its line number), after a `#` header that names the
source; English words have a Latin letter, Chinese words a Han character (wordfreq's Chinese
words are in Simplified characters). The tables are xz-compressed text (~350 KB and ~400 KB),
read lazily by vocab_app/mining/frequency.py.

Like the message catalogues (packaging/build_catalogues.py) they are build products, not
committed (.gitignore): the setuptools build hook (setup.py: wheel, sdist, editable install),
the test set-up (tests/conftest.py) and packaging/build.sh call `build_all()`, which writes a
table only when it is missing or older than this script (wordfreq's lists do not change: the
version is pinned in pyproject.toml). This script imports nothing from vocab_app.
"""

from __future__ import annotations

import lzma
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "vocab_app" / "resources" / "frequency"
TOP = 100_000
LANGUAGES = ("en", "zh")
#: What a word of each table must contain (wordfreq's lists also hold numbers, and Latin
#: words in the Chinese list).
WORD = {"en": re.compile(r"[a-z]"), "zh": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")}


def table_path(lang: str, folder: Path = TARGET) -> Path:
    """Where the table of `lang` ("en", "zh") is."""
    return folder / f"{lang}.txt.xz"


def table_bytes(lang: str, ranked: Iterable[str], *, top: int = TOP, source: str) -> bytes:
    """The compressed table of `lang` from `ranked` (words, most frequent first): the first
    `top` words that are words of `lang`, after a header line naming `source`."""
    pattern = WORD[lang]
    words: list[str] = []
    seen: set[str] = set()
    for word in ranked:
        if pattern.search(word) and "\n" not in word and word not in seen:
            seen.add(word)
            words.append(word)
            if len(words) == top:
                break
    header = f"# {source}, {lang}: the {len(words)} most frequent words, most frequent first. " \
             "Data CC-BY-SA 4.0 (see NOTICE)."
    return lzma.compress("\n".join([header, *words, ""]).encode("utf-8"), preset=9)


def build_table(lang: str, folder: Path = TARGET, *, force: bool = False) -> Path:
    """Write the table of `lang` from wordfreq (unless it is newer than this script)."""
    path = table_path(lang, folder)
    if not force and path.exists() and path.stat().st_mtime >= Path(__file__).stat().st_mtime:
        return path
    import wordfreq

    version = getattr(wordfreq, "__version__", "") or _version("wordfreq")
    data = table_bytes(lang, wordfreq.top_n_list(lang, 2 * TOP, wordlist="best"),
                       source=f"wordfreq {version}".strip())
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def build_all(folder: Path = TARGET, *, force: bool = False) -> list[Path]:
    """Build every table the package ships; returns the files written or up to date."""
    return [build_table(lang, folder, force=force) for lang in LANGUAGES]


def main(argv: list[str]) -> int:
    try:
        built = build_all(force="--force" in argv)
    except ImportError:
        print("build_frequency: wordfreq is not installed (pip install 'wordfreq==3.1.1')",
              file=sys.stderr)
        return 1
    for path in built:
        print(f"frequency table: {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
