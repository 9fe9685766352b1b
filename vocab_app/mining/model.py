"""Plain records that flow through mining: Document → Segment → GlossHit → Occurrence → Note.

These are the contract between readers, gloss extraction, merging, the store and export.
Pure data, no behaviour beyond small derived properties.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Literal, NamedTuple, TypeVar

Style = Literal["en-zh", "zh-en", "abbr", "def"]
STYLES: tuple[Style, ...] = ("en-zh", "zh-en", "abbr", "def")
Lang = Literal["en", "zh"]
DocKind = Literal["transcript", "article", "subtitles", "text"]

_Record = TypeVar("_Record")


def _quick_init(cls: type[_Record]) -> type[_Record]:
    """Give the frozen, slotted dataclass `cls` an `__init__` that stores each field straight
    into its slot. Same parameters, defaults and result as the generated one, which goes
    through `object.__setattr__` per field and is several times slower: mining makes
    GlossHits and Occurrences per bracket, so it shows in its speed.
    (Fields with a default_factory are not supported; none of these records has one.)"""
    params, body, names = [], [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.default_factory is MISSING, f"{cls.__name__}.{f.name}"
        names[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's descriptor
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    source = f"def __init__(self, {', '.join(params)}):\n{''.join(body)}"
    exec(source, names)  # noqa: S102 - as dataclasses itself builds __init__
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls



class Segment(NamedTuple):
    """One unit of a document: a transcript segment, subtitle cue, or article paragraph.

    `text` is the line glosses are searched in; `translation` is the paired line in the other
    language where the input has one (bilingual transcripts and subtitles), else None.
    (A named tuple, not a dataclass like the other records: readers make one per paragraph,
    and building a tuple costs a tenth of setting ten slots, which showed in reading speed.)
    """

    index: int  # type: ignore[assignment]  # (the field hides tuple.index: never called)
    text: str
    translation: str | None = None
    speaker: str | None = None
    start: float | None = None  # seconds
    end: float | None = None
    # Spans of `text` the author emphasised (Markdown **bold**/*italic*/__…__, HTML <b>/<em>…),
    # with the markup itself already removed from `text`: a marked span right before a bracket
    # is the glossed term (gold RULES.md M1).
    marks: tuple[tuple[int, int], ...] = ()
    # Spans of `text` that are code (code spans, <code>) or bare URLs: no gloss comes from a
    # bracket inside them and no term is taken from them (RULES.md M3).
    code: tuple[tuple[int, int], ...] = ()
    # The same two for `translation`, which is mined too (both lines of a bilingual segment).
    translation_marks: tuple[tuple[int, int], ...] = ()
    translation_code: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A read input file: its title, optional source URL, and its segments in order."""

    path: str
    title: str
    kind: DocKind
    segments: tuple[Segment, ...]
    url: str | None = None
    content_hash: str = ""


@_quick_init
@dataclass(frozen=True, slots=True)
class GlossHit:
    """One glossed term found in a segment's text. Spans are offsets into `Segment.text`.

    For abbr the pair is normalised: term = long form, gloss = abbreviation, whichever order the
    text used. `term_span` covers the term as written (for the short-form-first order it covers
    the abbreviation's side).
    """

    term: str
    gloss: str
    style: Style
    term_span: tuple[int, int]
    gloss_span: tuple[int, int]
    pronunciation: str = ""  # IPA or respelling found in the bracket (RULES.md P1), else ""


def link_at(url: str | None, start: float | None) -> str | None:
    """The source link that opens at `start` seconds where the site supports it (YouTube:
    `&t=NNs`), else the plain URL; None without a URL."""
    if not url:
        return None
    if start is not None and ("youtube.com/watch" in url or "youtu.be/" in url):
        return f"{url}{'&' if '?' in url else '?'}t={int(start)}s"
    return url


@_quick_init
@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a (term, gloss) pair was seen, with the context a card shows."""

    term: str  # surface form as written
    gloss: str
    style: Style
    source_path: str
    segment_index: int
    sentence: str  # the sentence holding the term (not the whole paragraph)
    term_in_sentence: tuple[int, int]  # span of the term inside `sentence`
    translation: str | None = None
    speaker: str | None = None
    start: float | None = None
    source_url: str | None = None
    pronunciation: str = ""  # from the bracket, see GlossHit

    @property
    def link(self) -> str | None:
        """Source link that opens at this occurrence (see `link_at`)."""
        return link_at(self.source_url, self.start)


@dataclass(slots=True)
class Sense:
    """One gloss of a note, with its style and how often it was seen."""

    gloss: str
    style: Style
    count: int = 0


@dataclass(slots=True)
class Note:
    """A merged term: variants (plural/case/abbreviation) with senses and occurrences.

    `key` is the normalised term key: stable across runs, the store's unique key and the seed of
    the Anki note GUID.
    """

    key: str
    term: str  # display form (the most frequent surface form)
    lang: Lang
    variants: list[str] = field(default_factory=list)
    senses: list[Sense] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)
    pronunciation: str = ""  # the first pronunciation any occurrence gave, else ""

    @property
    def count(self) -> int:
        """Number of occurrences seen."""
        return len(self.occurrences)


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be mined, with the one sentence shown to the user."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class PairCount:
    """A distinct surface (term, gloss) pair and how often it occurs: one row of the gold TSV."""

    term: str
    gloss: str
    style: Style
    count: int
