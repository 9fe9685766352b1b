"""The mining pipeline: files → documents → occurrences (with sentence context) → notes.

`mine_paths` is what the CLI and the services call. A file that cannot be read is reported as a
`FileError` and the other files are still mined. `cancelled()` is polled between files and every
few segments inside a file; when it returns True, `errors.Cancelled` is raised and nothing is
returned. Memory: a file is held once as text and once as segments; bytes are released after
decoding, segments are mined in order and only occurrences (short sentences) are kept besides.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from vocab_app.errors import Cancelled, InputError
from vocab_app.i18n_text import _
from vocab_app.mining.align import SentencePairs
from vocab_app.mining.cancel import POLL_EVERY, CancelCheck, stop_if_cancelled
from vocab_app.mining.collector import collector_paused
from vocab_app.mining.example_labels import without_example_labels
from vocab_app.mining.math_symbols import is_symbol_math, symbol_named, without_dollars
from vocab_app.mining.merge import merge
from vocab_app.mining.model import (
    Document,
    FileError,
    GlossHit,
    Note,
    Occurrence,
    PairCount,
    Segment,
    Style,
)
from vocab_app.mining.readers import read_document
from vocab_app.mining.sentences import sentence_around, sentence_spans
from vocab_app.mining.zh_tagger import tagger
from vocab_app.mining.zh_usage import prefer_known_terms

_log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

_POLL_EVERY = 64  # segments between two polls of cancelled() / progress()


@dataclass(slots=True)
class MiningRun:
    """What mining a set of files produced: the documents read, every occurrence in document
    order, the merged notes, and one FileError per file that could not be read."""

    documents: list[Document] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)


#: what one segment gave, without where it was: (term, gloss, style, sentence, span in the
#: sentence, translation, pronunciation) per occurrence, in order
_Found = tuple[tuple[str, str, Style, str, tuple[int, int], str | None, str], ...]
#: A segment's content: its text, spans, translation and the translation's spans. The gloss
#: finder and the sentence alignment see nothing else, so equal keys give equal results.
_SegmentKey = tuple[object, ...]
#: distinct segments remembered per mining run (a key only refers to the segment's own
#: strings and tuples, which the Document keeps anyway)
_MEMO_LIMIT = 1 << 16


def mine_document(doc: Document, *, cancelled: CancelCheck | None = None,
                  on_segment: Callable[[int], None] | None = None,
                  memo: dict[_SegmentKey, _Found] | None = None) -> list[Occurrence]:
    """Every glossed term of `doc`, in order, with its sentence and that sentence's translation.

    Both lines of a bilingual segment are mined: a pair found on the translation line becomes
    an occurrence too (its translation is the aligned sentence of the text line), unless the
    text line gave the same (term, gloss) already. Hits in code spans or URLs are dropped.
    `cancelled` is polled every few segments (raising errors.Cancelled); `on_segment(i)` is
    called at the same points with the index of the segment reached (for progress).
    `memo` (shared across the documents of one run) remembers what each distinct segment
    content gave, so a segment repeated word for word (a subtitle line, a table cell, a
    boilerplate paragraph) is mined once.
    """
    occurrences: list[Occurrence] = []
    if memo is None:
        memo = {}
    path, url = doc.path, doc.url
    segments = doc.segments
    for base in range(0, len(segments), _POLL_EVERY):
        if cancelled is not None and cancelled():
            raise Cancelled(_("Mining was cancelled; nothing was kept."))
        if on_segment is not None:
            on_segment(base)
        for seg in segments[base:base + _POLL_EVERY]:
            text, translation = seg.text, seg.translation
            if "(" not in text and "（" not in text and not (
                    translation and ("(" in translation or "（" in translation)):
                continue  # every gloss style is a parenthetical: most segments end here
            key = (text, seg.marks, seg.code, translation, seg.translation_marks,
                   seg.translation_code)
            found = memo.get(key)
            if found is None:
                found = _mine_segment(seg, cancelled)
                if len(memo) < _MEMO_LIMIT:
                    memo[key] = found
            for term, gloss, style, sentence, span, line_translation, pron in found:
                occurrences.append(Occurrence(
                    term=term, gloss=gloss, style=style, source_path=path,
                    segment_index=seg.index, sentence=sentence, term_in_sentence=span,
                    translation=line_translation, speaker=seg.speaker, start=seg.start,
                    source_url=url, pronunciation=pron,
                ))
    return without_example_labels(prefer_known_terms(occurrences, cancelled))


def _mine_segment(seg: Segment, cancelled: CancelCheck | None) -> _Found:
    """What one segment gives (see mine_document), without the segment's place."""
    hits = _hits(seg.text, seg.marks, seg.code, cancelled)
    other = _hits(seg.translation, seg.translation_marks, seg.translation_code,
                  cancelled) if seg.translation else []
    if not hits and not other:
        return ()
    if seg.translation:
        text_spans = sentence_spans(seg.text)
        pairs: SentencePairs | None = SentencePairs(seg.text, seg.translation, text_spans)
    else:  # only the sentences around the hits are looked up: up to the last one's
        text_spans = sentence_spans(seg.text, until=max(h.term_span[1] for h in hits))
        pairs = None
    seen = {(hit.term, hit.gloss) for hit in hits}
    lines = [(seg.text, hits, False, text_spans)]
    if other and pairs is not None:
        lines.append((pairs.translation, [h for h in other if (h.term, h.gloss) not in seen],
                      True, pairs.translation_spans))
    found = []
    for line, line_hits, reverse, spans in lines:
        for k, hit in enumerate(line_hits):
            if k % POLL_EVERY == POLL_EVERY - 1:
                stop_if_cancelled(cancelled)
            sentence, span = sentence_around(line, hit.term_span, spans)
            translation = None
            if pairs is not None:
                translation = pairs.translation_of(
                    hit.term_span, reverse=reverse, anchors=(hit.term, hit.gloss)) or None
            found.append((hit.term, hit.gloss, hit.style, sentence, span, translation,
                          hit.pronunciation))
    return tuple(found)


def _hits(text: str | None, marks: Sequence[tuple[int, int]],
          code: Sequence[tuple[int, int]], cancelled: CancelCheck | None) -> list[GlossHit]:
    """The glosses of one line, without those whose bracket, term or gloss touches code."""
    if not text or ("(" not in text and "（" not in text):
        return []  # every gloss style is a parenthetical: skip the extractor entirely
    from vocab_app.mining.glosses import find_glosses

    hits = find_glosses(text, marks=marks, cancelled=cancelled)
    if code and hits:
        hits = [_plain_symbols(h) for h in hits if not any(
            _overlaps(span, c) and not (symbol_named(h.gloss) and is_symbol_math(text[slice(*c)]))
            for c in code for span in (h.term_span, h.gloss_span))]
    return hits


def _plain_symbols(hit: GlossHit) -> GlossHit:
    """`hit` with the one-symbol formulas of its term and gloss written without dollars
    (`$k$-means` → `k-means`: math_symbols.py)."""
    term, gloss = without_dollars(hit.term), without_dollars(hit.gloss)
    if term == hit.term and gloss == hit.gloss:
        return hit
    return GlossHit(term, gloss, hit.style, hit.term_span, hit.gloss_span, hit.pronunciation)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mine_paths(paths: Sequence[str | os.PathLike[str]], *, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> MiningRun:
    """Read and mine `paths` in order; notes are merged across all of them.

    `progress(done, total)` counts bytes of input (file sizes), reported between files and
    every few segments inside one. Unreadable files become `MiningRun.errors` entries with the
    one-sentence reason; `cancelled()` returning True raises errors.Cancelled.
    """
    with collector_paused():  # (nothing mining keeps is in a cycle: collector.py)
        return _mine_paths(paths, progress, cancelled)


def _mine_paths(paths: Sequence[str | os.PathLike[str]], progress: Progress | None,
                cancelled: CancelCheck | None) -> MiningRun:
    sizes = [_size(p) for p in paths]
    total = max(1, sum(sizes))
    run = MiningRun()
    done = 0
    memo: dict[_SegmentKey, _Found] = {}
    for path, size in zip(paths, sizes, strict=True):
        if cancelled is not None and cancelled():
            raise Cancelled(_("Mining was cancelled; nothing was kept."))
        if progress is not None:
            progress(done, total)
        try:
            doc = read_document(path, cancelled=cancelled)
        except InputError as err:
            run.errors.append(FileError(path=str(path), message=str(err)))
            done += size
            continue
        run.documents.append(doc)
        tagger(cancelled)  # jieba's dictionary, loaded once, here where Cancel can stop it
        on_segment = None
        if progress is not None and doc.segments:
            on_segment = _segment_progress(progress, done, size, len(doc.segments), total)
        try:
            found = mine_document(doc, cancelled=cancelled, on_segment=on_segment, memo=memo)
        except Cancelled:
            raise
        except Exception as err:  # a defect of a rule on this text: the other files go on
            _log.exception("mining %s failed", path)
            run.errors.append(FileError(path=str(path), message=_(
                "Could not mine this file: an internal error ({error}). The other files were "
                "mined; please report it with the file.").format(error=type(err).__name__)))
            run.documents.pop()
        else:
            run.occurrences.extend(found)
        done += size
    stop_if_cancelled(cancelled)
    if progress is not None:
        progress(total, total)
    run.notes = merge(run.occurrences, cancelled)
    return run


def surface_pairs(occurrences: Iterable[Occurrence]) -> list[PairCount]:
    """Distinct (term, gloss) pairs in order of first occurrence, with counts (the gold rows).

    The style of a pair is that of its first occurrence.
    """
    styles: dict[tuple[str, str], Style] = {}
    counts: dict[tuple[str, str], int] = {}
    for occ in occurrences:
        key = (occ.term, occ.gloss)
        if key not in counts:
            styles[key] = occ.style
            counts[key] = 0
        counts[key] += 1
    return [PairCount(term=t, gloss=g, style=styles[(t, g)], count=c)
            for (t, g), c in counts.items()]


def _segment_progress(progress: Progress, base: int, size: int, count: int,
                      total: int) -> Callable[[int], None]:
    """Report segment i of `count` in a file of `size` bytes that starts at byte `base`."""
    return lambda i: progress(base + size * i // count, total)


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
