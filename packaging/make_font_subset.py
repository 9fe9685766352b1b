"""Build the bundled CJK font: a subset of Noto Sans CJK SC Regular (SIL OFL 1.1).

    apt-get install -y fonts-noto-cjk            # the source font (Debian/Ubuntu)
    .venv/bin/pip install fonttools               # a build tool, not a runtime dependency
    .venv/bin/python packaging/make_font_subset.py [SOURCE.ttc|.otf]

Keeps ASCII and Latin-1, general and CJK punctuation, full-width forms and every character
encodable in GB2312 (its 6,763 level-1 and level-2 Hanzi plus symbols), so common Simplified
Chinese renders even on a system without any CJK font. Writes
vocab_app/resources/fonts/NotoSansCJKsc-Regular-subset.otf (about 1.6 MB;
vertical and other-locale alternates are left out) and vocab_app/resources/fonts/OFL.txt
(the font's copyright notice and the licence, as the OFL requires). gui/fonts.py loads the
subset only when no installed font covers Simplified Chinese.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "vocab_app" / "resources" / "fonts"
OUT = OUT_DIR / "NotoSansCJKsc-Regular-subset.otf"
SOURCES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"),
)
FAMILY = "Noto Sans CJK SC"
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")


def codepoints() -> list[int]:
    """ASCII, Latin-1, punctuation blocks, full-width forms and all of GB2312."""
    points = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    points |= set(range(0x2000, 0x2070))  # general punctuation: – — ‘ ’ “ ” … ‰
    points |= set(range(0x3000, 0x3040))  # CJK symbols and punctuation: 、。《》「」
    points |= set(range(0xFF00, 0xFFF0))  # full-width forms: （）：，！？
    for cp in range(0x80, 0x10000):
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            continue
        points.add(cp)
    return sorted(points)


def font_number(source: Path) -> int:
    """Index of Noto Sans CJK SC inside a .ttc collection (0 for a single font)."""
    if source.suffix.lower() != ".ttc":
        return 0
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source), lazy=True)
    for i, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == FAMILY:
            return i
    raise SystemExit(f"make_font_subset: {FAMILY} is not in {source}.")


def write_licence(source_font: Path, number: int) -> None:
    """OFL.txt: the font's own copyright line, then the SIL Open Font License 1.1."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source_font), fontNumber=number, lazy=True)
    notice = font["name"].getDebugName(0) or "Copyright Adobe and Google."
    licence = ""
    if DEBIAN_COPYRIGHT.is_file():
        text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
        start = text.find("License: SIL-1.1\n -----")
        end = text.find("\nLicense:", start + 10)
        if start >= 0:
            body = text[start:end if end > 0 else None].splitlines()[1:]
            licence = "\n".join("" if ln.strip() == "." else ln[1:] for ln in body).strip()
    if not licence:
        if (OUT_DIR / "OFL.txt").is_file():
            return  # keep the committed licence text
        raise SystemExit("make_font_subset: the OFL text was not found; keep OFL.txt by hand.")
    (OUT_DIR / "OFL.txt").write_text(
        f"{FAMILY} (subset bundled with vocab_app: {OUT.name})\n{notice}\n"
        "Subset made by packaging/make_font_subset.py (fontTools pyftsubset); glyphs unchanged.\n"
        "Source: https://github.com/googlefonts/noto-cjk\n\n" + licence + "\n",
        encoding="utf-8")


def main(argv: list[str]) -> int:
    from fontTools import subset

    source = Path(argv[0]) if argv else next((p for p in SOURCES if p.is_file()), None)
    if source is None or not source.is_file():
        raise SystemExit("make_font_subset: Noto Sans CJK not found; run "
                         "`apt-get install -y fonts-noto-cjk` or pass the font file.")
    number = font_number(source)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    unicodes = ",".join(f"U+{cp:04X}" for cp in codepoints())
    subset.main([
        str(source), f"--font-number={number}", f"--unicodes={unicodes}",
        f"--output-file={OUT}", "--name-IDs=*", "--name-languages=*",
        "--layout-features-=locl,vert,vrt2,valt,vhal,vkrn,vpal",
        "--notdef-outline", "--no-hinting", "--desubroutinize",
    ])
    write_licence(source, number)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB, {len(codepoints()):,} code points)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
