"""`vocab mine FILE... [--format tsv|json]`: print the glossed terms of files without storing them.

tsv: the distinct surface (term, gloss) pairs before merging, in order of first occurrence,
under the header `term\\tgloss\\tstyle\\tcount` (the format of tests/data/gold).
json: the merged notes with their senses and occurrences (plus the documents read).
A file that cannot be read gives one line `vocab: FILE: reason` on stderr; the other files are
still mined and printed, and the exit code is 1. Mining modules (and jieba) are imported inside
the command so `vocab --help` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from vocab_app.i18n_text import _

#: The tsv format's header: a data format (tests/data/gold reads it), never translated.
TSV_HEADER = "term\tgloss\tstyle\tcount\n"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `mine` subcommand."""
    p = sub.add_parser(
        "mine", help=_("print the glossed terms of files (nothing is stored)"),
        description=_("Mine glossed terms from transcripts, articles, subtitles or text files "
                      "and print them; nothing is stored in the collection."),
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=_("input files (.txt, .md, .srt, .vtt)"))
    p.add_argument("--format", choices=("tsv", "json"), default="tsv",
                   help=_("tsv: distinct (term, gloss) pairs with counts (default); "
                          "json: merged notes with senses and occurrences"))
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    run = mine_paths(args.files)
    _utf8_stdout()
    out = sys.stdout
    if args.format == "tsv":
        out.write(TSV_HEADER)
        for pair in surface_pairs(run.occurrences):
            out.write(f"{_cell(pair.term)}\t{_cell(pair.gloss)}\t{pair.style}\t{pair.count}\n")
    else:
        _write_json(run, out)
    out.flush()
    for error in run.errors:
        print(f"vocab: {error.message}", file=sys.stderr)
    return 1 if run.errors else 0


def _cell(text: str) -> str:
    """A TSV cell: tabs and line breaks inside a field become spaces."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _utf8_stdout() -> None:
    """Write UTF-8 whatever the locale says (a C locale would fail on Chinese)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        reconfigure(encoding="utf-8")


def _write_json(run: Any, out: TextIO) -> None:
    """{"documents": [...], "notes": [...]} written note by note (no second copy of the run)."""
    documents = [
        {"path": d.path, "title": d.title, "kind": d.kind, "url": d.url,
         "segments": len(d.segments)}
        for d in run.documents
    ]
    out.write('{\n  "documents": ')
    out.write(json.dumps(documents, ensure_ascii=False))
    out.write(',\n  "notes": [')
    for i, note in enumerate(run.notes):
        out.write(",\n    " if i else "\n    ")
        out.write(json.dumps(_note_json(note), ensure_ascii=False))
    out.write("\n  ]\n}\n")


def _note_json(n: Any) -> dict[str, Any]:
    return {
        "key": n.key, "term": n.term, "lang": n.lang, "variants": n.variants, "count": n.count,
        "senses": [{"gloss": s.gloss, "style": s.style, "count": s.count} for s in n.senses],
        "occurrences": [
            {"term": o.term, "gloss": o.gloss, "style": o.style, "source": o.source_path,
             "segment": o.segment_index, "sentence": o.sentence,
             "span": list(o.term_in_sentence), "translation": o.translation,
             "speaker": o.speaker, "start": o.start, "link": o.link}
            for o in n.occurrences
        ],
    }
