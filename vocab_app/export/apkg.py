"""Write an Anki package (.apkg) of ExportNotes with genanki: stable, deterministic, all or nothing.

- Note GUIDs are `genanki.guid_for(*namespace, term key)`: the learner's own notes have the
  empty namespace, a teacher list's notes the list's own (services/exporting.py), so a list
  deck never shares a note with the learner's deck. The model id is the constant of
  export/anki_model.py and the deck id is that of the namespace: importing a later export
  updates the notes already in Anki.
- Each note's `mod` comes from `stamps` (store/export_stamps.py via services/exporting.py),
  given the digest of that note's exported content (note type, deck name, fields, tags): it
  changes only when that note's content does, so Anki's default "update if newer" takes
  exactly the notes that changed and keeps every other note, Anki-side edits included.
- A card type once exported for a note stays switched on for it: Anki keeps cards whose field
  an update empties (and adds an older package's cards to its newer note), so switching it
  off would leave blank cards in the learner's profile.
- The package timestamp (ids seed, collection and zip dates, and the note type's `mod`) is the
  latest `mod` of the notes and of the note type, which is stamped like a note (its templates
  and CSS: `NOTETYPE_STAMP`), so Anki takes a changed note type (e.g. the card language's
  labels) and leaves unchanged notes alone; the same notes and note type with the same stamps
  give a byte-identical package.
- genanki writes the collection, the note type and the deck; the notes and cards are inserted
  in bulk with the rows genanki's `Note.write_to_db` would write (its per-note path is most of
  the time of a 10,000-note export), except that new cards are due in our order (position)
  and a note's cards follow Anki's own generation rule (anki_model.card_bits).
- A term marked known (never scheduled here) arrives with its cards suspended (queue -1),
  whether or not scheduling is carried over, and tagged `known` (KNOWN_TAG): left out, its
  note could no longer be updated by a later export, and the learner could not take it up
  again in Anki (unsuspend). Anki keeps the suspension when the import takes the learning
  progress; without it, Anki makes every card new, and `tag:known` finds those to suspend.
- The deck carries an options preset, "vocab_app: bury siblings" (anki_model.deck_preset):
  Anki's defaults with new, review and interday-learning siblings buried, so a note's forward,
  reverse and cloze cards never come up on the same day. Anki takes it when the import asks
  for deck presets ("Import any deck presets"); otherwise the deck keeps the learner's preset.
- The package is built in a temporary file in the target folder and moved over the target with
  os.replace, so a failure (unwritable folder, full disk) leaves no partial file and an existing
  package untouched; it raises ExportError with one sentence.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import os
import struct
import time
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from vocab_app.errors import ExportError
from vocab_app.export import anki_model
from vocab_app.export.collect import ExportNote
from vocab_app.export.files import os_error, replace, temp_path
from vocab_app.export.labels import labels
from vocab_app.export.note_html import anki_fields
from vocab_app.i18n_text import _
from vocab_app.store.anki_file import AnkiFile, AnkiFileError, CardRow, NoteRow, scratch_anki_file


@dataclass(frozen=True, slots=True)
class ApkgResult:
    """What was written: note and card counts, cards carried over as review cards."""

    notes: int
    cards: int
    scheduled: int
    path: Path


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk build: a 10,000-note export makes
    some 200,000 short-lived, acyclic objects, and the collector walking them again and again
    costs a tenth of the export. Reference counting still frees everything at once."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def note_guid(key: str, namespace: tuple[str, ...] = ()) -> str:
    """The Anki GUID of the note for term key `key` in `namespace` (() for the learner's own
    notes): the same on every machine and run, `genanki.guid_for(*namespace, key)`."""
    return guid_for(*namespace, key)


_BASE91 = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
           "!#$%&()*+,-./:;<=>?@[]^_`{|}~")
_PAIRS = [a + b for a in _BASE91 for b in _BASE91]  # two base-91 digits per division
_FIRST_8_BYTES = struct.Struct(">Q").unpack_from


def guid_for(*values: str) -> str:
    """genanki's `guid_for` (the first 8 bytes of SHA-256 of the values joined by `__`, in
    Anki's base-91 digits), computed two digits per step: genanki's own digit loop is a
    tenth of a 10,000-note export."""
    n: int = _FIRST_8_BYTES(hashlib.sha256("__".join(values).encode()).digest())[0]
    # 2**64 < 91**10: five pairs of digits, the leading zeros ('a') stripped as genanki has none
    n, e = divmod(n, 8281)
    n, d = divmod(n, 8281)
    n, c = divmod(n, 8281)
    n, b = divmod(n, 8281)
    return (_PAIRS[n] + _PAIRS[b] + _PAIRS[c] + _PAIRS[d] + _PAIRS[e]).lstrip("a")


class Stamps(Protocol):
    """What an export remembers per note GUID (store/export_stamps.NoteStamps)."""

    def cards(self, guid: str) -> int:
        """The cards ever exported for the note, as bits `1 << ordinal`."""
        ...

    def stamp(self, notes: Mapping[str, tuple[str, int]]) -> Mapping[str, int]:
        """GUID → `mod` for GUID → (content digest, card bits); remembers them."""
        ...


#: The tag of a known term's note: Anki resets every card to new when a package is imported
#: without "Import any learning progress", suspension included; `tag:known` finds them then.
KNOWN_TAG = "known"
#: The note type's row among the notes' stamps (no note GUID starts with a NUL).
NOTETYPE_STAMP = "\x00note type"
_REVERSE_BIT = 1 << anki_model.REVERSE_ORD
_CLOZE_BIT = 1 << anki_model.CLOZE_ORD


def write_apkg(notes: Sequence[ExportNote], out_path: str | os.PathLike[str], *,
               deck_name: str = "vocab_app", namespace: tuple[str, ...] = (),
               reverse: bool = False, cloze: bool = False,
               with_scheduling: bool = False, today: date | None = None,
               stamps: Stamps, language: str = "en",
               progress: Callable[[int, int], None] | None = None) -> ApkgResult:
    """Write `notes` to `out_path` as one deck `deck_name`; see the module docstring.

    `namespace` is the GUID namespace (and picks the deck id). `stamps` gives each note's
    `mod` from the digest of its content, and the cards exported for it before: a note that
    once had a reverse or cloze card keeps it (its switch stays on) even when this export
    does not ask for that card type, since Anki would keep the card and show it blank.
    `with_scheduling` carries the notes' card states and review logs over (needs `today`,
    the day their due dates count from, and notes collected with scheduling). `language` is
    the card language of the tap-to-reveal labels (export/labels.py).
    """
    import genanki

    out = Path(out_path)
    if not notes:
        raise ExportError(_("There is nothing to export: the selection holds no terms."))
    if not deck_name.strip():
        raise ExportError(_("The deck name is empty; give the deck a name."))
    model = anki_model.build_model(language)
    hint = labels(language).hint
    deck_id = anki_model.deck_id(namespace)
    deck = genanki.Deck(deck_id, deck_name.strip())
    deck.add_model(model)
    total = len(notes)
    # What a note's digest covers besides its fields and tags: note type and deck.
    prefix = json.dumps([anki_model.MODEL_ID, anki_model.FIELDS, deck_id, deck_name.strip()],
                        ensure_ascii=False) + "\x1e"
    sha1 = hashlib.sha1
    digest_of = sha1(prefix.encode()).copy  # the prefix hashed once
    card_bits = anki_model.card_bits
    cards_before = stamps.cards
    rows: list[tuple[str, str, str, str, int]] = []
    guids: dict[str, str] = {}
    contents: dict[str, tuple[str, int]] = {}
    for done, note in enumerate(notes, 1):
        guid = guids[note.key] = guid_for(*namespace, note.key)
        before = cards_before(guid)
        fields = anki_fields(note, reverse=reverse or bool(before & _REVERSE_BIT),
                             cloze=cloze or bool(before & _CLOZE_BIT), hint=hint)
        flds = "\x1f".join(fields)
        tags = f" {' '.join([*note.tags, KNOWN_TAG] if note.known else note.tags)} "
        bits = card_bits(fields)
        digest = digest_of()
        digest.update(f"{flds}\x1e{tags}".encode())
        contents[guid] = (digest.hexdigest(), bits)
        rows.append((guid, fields[0], flds, tags, bits))
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total)
    # The note type has a stamp of its own (templates and CSS), so a changed template (another
    # card language's labels, a new release's design) makes the package, and so its note type,
    # newer than the one Anki holds, without renewing notes whose content did not change.
    contents[NOTETYPE_STAMP] = (sha1(json.dumps([model.templates, model.css], ensure_ascii=False)
                                     .encode()).hexdigest(), 0)
    mods = stamps.stamp(contents)
    timestamp = float(max(mods.values()))

    scheduled = 0
    with temp_path(out, ".anki2") as db_path, temp_path(out) as part:
        try:
            with scratch_anki_file(db_path) as anki:
                ids = itertools.count(int(timestamp * 1000))
                # genanki writes the collection, note type and deck; the notes go in below.
                genanki.Package(deck).write_to_db(anki.cursor(), timestamp, ids)
                anki.set_deck_preset(deck_id, anki_model.deck_preset(int(timestamp)))
                cards = _insert_notes(anki, rows, mods, deck_id, ids)
                if with_scheduling:
                    from vocab_app.export.scheduling import apply_scheduling

                    scheduled = apply_scheduling(
                        anki, {guids[n.key]: n.cards for n in notes},
                        today=today or date.today())
                _suspend_known(anki, [guids[n.key] for n in notes if n.known])
            _zip(part, db_path, timestamp)
            replace(part, out)
        except AnkiFileError as err:
            raise ExportError(_("The package {out} could not be written: {err}.").format(
                                  out=out, err=err)) from err
        except OSError as err:
            raise os_error(err, out) from err
    return ApkgResult(notes=total, cards=cards, scheduled=scheduled, path=out)


def _insert_notes(anki: AnkiFile,
                  rows: Sequence[tuple[str, str, str, str, int]],
                  mods: Mapping[str, int], deck_id: int, ids: Iterator[int]) -> int:
    """Insert notes and their cards in bulk, row for row what genanki's `Note.write_to_db`
    writes (ids from the same counter: a note, then its cards), except that each note and
    its cards carry the note's own `mod`, a new card's `due` is the note's position so Anki
    shows new cards in our order, and a note's cards are its card bits (Anki's own rule,
    anki_model.card_bits). Returns the number of cards. genanki's own per-note path costs
    three times the rest of an export."""
    model_id = anki_model.MODEL_ID
    notes: list[NoteRow] = []
    cards: list[CardRow] = []
    ords_of = anki_model.ORDS_OF_BITS
    for position, (guid, sort_field, flds, tags, bits) in enumerate(rows, 1):
        nid, mod = next(ids), mods[guid]
        notes.append((nid, guid, model_id, mod, -1, tags, flds, sort_field, 0, 0, ""))
        for ord_ in ords_of[bits]:
            cards.append((next(ids), nid, deck_id, ord_, mod, position))
    anki.insert_notes(notes, cards)
    return len(cards)


def _suspend_known(anki: AnkiFile, known_guids: Sequence[str]) -> None:
    """Suspend every card of the known terms' notes (queue -1, new or review alike): a known
    term is never scheduled, and its note stays in the deck so a later export updates it."""
    if not known_guids:
        return
    wanted = set(known_guids)
    for (guid, _ord), cid in anki.card_ids().items():
        if guid in wanted:
            anki.suspend_card(cid)


def _zip(part: Path, db_path: Path, timestamp: float) -> None:
    """The .apkg container: collection.anki2 and an empty media map, with fixed entry dates."""
    stamp = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        info = zipfile.ZipInfo("collection.anki2", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        # ZipFile.open(info) ignores the archive's level otherwise (private until Python 3.13,
        # a property for the public `compress_level` since)
        info._compresslevel = 1  # type: ignore[attr-defined]
        with open(db_path, "rb") as src, zf.open(info, "w") as dst:
            while block := src.read(1 << 20):
                dst.write(block)
        media = zipfile.ZipInfo("media", date_time=stamp)
        zf.writestr(media, "{}")
