"""What mining gives on every text of the repository is pinned (issue 9: speed work on the
gloss finder and the file opening must not change a single card).

For each file under tests/data and each seed (and the dense benchmark texts), the distinct
(term, gloss, style, count) pairs are stored in pinned_mining.json beside this test, with a
digest of everything else mining gave: each occurrence's sentence, span, translation,
pronunciation and segment, the merged notes, the file errors. A change of output fails here
with the pairs that differ.

When a change of output is intended (a rule improved, gold re-scored), regenerate the file and
say so in the commit: `python tests/unit/mining/test_mining_pinned.py --update`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PINNED = Path(__file__).with_name("pinned_mining.json")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _texts() -> list[Path]:
    found = [*(ROOT / "tests" / "data").rglob("*"), *(ROOT / "vocab_app" / "seeds").glob("*")]
    return sorted(p for p in found if p.is_file())


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def mined(path: Path, name: str) -> dict[str, object]:
    """The pairs mining `path` gives and a digest of the rest (paths written as `name`)."""
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    run = mine_paths([path])
    where = str(path)
    digest = hashlib.sha256()
    for occ in run.occurrences:
        digest.update(repr((occ.term, occ.gloss, occ.style, occ.sentence, occ.term_in_sentence,
                            occ.translation, occ.pronunciation, occ.segment_index, occ.speaker,
                            occ.start)).encode("utf-8", "surrogatepass"))
    for note in run.notes:
        digest.update(repr(note).replace(where, name).encode("utf-8", "surrogatepass"))
    for err in run.errors:
        digest.update(err.message.replace(where, name).encode("utf-8", "surrogatepass"))
    return {"pairs": [[p.term, p.gloss, p.style, p.count] for p in surface_pairs(run.occurrences)],
            "digest": digest.hexdigest()}


def mine_all() -> dict[str, dict[str, object]]:
    from benchmarks.dense_text import dense_texts

    out = {_name(p): mined(p, _name(p)) for p in _texts()}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in dense_texts(60_000).items():
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            out[f"dense:{name}"] = mined(path, name)
    return out


@pytest.fixture(scope="module")
def pinned() -> dict[str, dict[str, object]]:
    return json.loads(PINNED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def now() -> dict[str, dict[str, object]]:
    return mine_all()


def test_every_text_is_pinned(pinned):
    names = {_name(p) for p in _texts()}
    assert len(pinned) >= 80
    missing = sorted(name for name in pinned if not name.startswith("dense:")
                     and name not in names)
    assert not missing, f"pinned texts no longer in the repository: {missing}"


def test_mining_gives_the_pinned_pairs(pinned, now):
    changed = {}
    for name, want in pinned.items():
        got = now.get(name)
        if got is None:
            continue  # (a text removed: test_every_text_is_pinned says so)
        if got != want:
            old = {tuple(p) for p in want["pairs"]}
            new = {tuple(p) for p in got["pairs"]}
            changed[name] = {"lost": sorted(old - new)[:5], "new": sorted(new - old)[:5],
                             "only the digest": old == new}
    assert not changed, json.dumps(changed, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        raise SystemExit(__doc__)
    PINNED.write_text(json.dumps(mine_all(), ensure_ascii=False, indent=0, sort_keys=True)
                      + "\n", encoding="utf-8")
    print(f"wrote {PINNED}")
