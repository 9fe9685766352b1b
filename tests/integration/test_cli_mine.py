"""`vocab mine` run as a process: the seeds give their gold rows, bad inputs each give one clear
line on stderr and exit 1 while the good files in the same call are still printed."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from helpers.cli import vocab

from vocab_app.mining.encoding import MAX_BYTES
from vocab_app.paths import seed_files

SEEDS = {p.name[:3]: p for p in seed_files()}
GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"
HEADER = "term\tgloss\tstyle\tcount"


def rows(tsv: str) -> list[tuple[str, str, str, int]]:
    lines = tsv.splitlines()
    assert lines[0] == HEADER
    return [(t, g, s, int(c)) for t, g, s, c in (line.split("\t") for line in lines[1:])]


def gold(seed: str) -> list[tuple[str, str, str, int]]:
    text = (GOLD_DIR / f"{SEEDS[seed].stem}.tsv").read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    next(reader)
    return [(t, g, s, int(c)) for t, g, s, c in reader]


def test_transcript_seed_gives_its_gold_rows_in_order():
    out = vocab("mine", SEEDS["001"])
    assert out.returncode == 0, out.stderr
    found, expected = rows(out.stdout), gold("001")
    matched = set(found) & set(expected)
    assert len(matched) >= 0.95 * len(expected) and len(matched) >= 0.95 * len(found)
    assert found[:3] == expected[:3]  # first-occurrence order, exact counts


def test_all_seeds_in_one_call():
    out = vocab("mine", *SEEDS.values())
    assert out.returncode == 0 and out.stderr == ""
    found = {(t, g) for t, g, _, _ in rows(out.stdout)}
    assert ("通用人工智能", "AGI") in found and ("reinforcement learning", "RL") in found
    assert ("deep learning", "深度学习") in found


def test_json_gives_merged_notes_with_senses_and_occurrences():
    out = vocab("mine", "--format", "json", SEEDS["000"], SEEDS["001"])
    assert out.returncode == 0, out.stderr
    assert "强化学习" in out.stdout, "Chinese is written as is, not \\u-escaped"
    data = json.loads(out.stdout)
    assert [d["kind"] for d in data["documents"]] == ["article", "transcript"]
    notes = {n["key"]: n for n in data["notes"]}
    rl = notes["reinforcement learning"]
    assert {s["gloss"] for s in rl["senses"]} >= {"RL", "强化学习"}
    assert rl["count"] == len(rl["occurrences"]) == sum(s["count"] for s in rl["senses"])
    occ = next(o for o in rl["occurrences"] if o["gloss"] == "强化学习")
    assert occ["link"].startswith("https://www.youtube.com/watch?v=NQczevdpxq0&t=")
    a, b = occ["span"]
    assert occ["sentence"][a:b] == occ["term"]
    assert occ["translation"] and occ["speaker"].startswith("Speaker ")


def test_bad_inputs_each_give_one_line_and_the_good_file_is_still_printed(tmp_path):
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    nul = tmp_path / "data.txt"
    nul.write_bytes(b"abc\x00\x00\x01def" * 100)
    latin = tmp_path / "japanese.txt"  # Windows-1252 is read since issue 12; Shift-JIS is not
    latin.write_bytes("事前学習(pre-training)は大規模なデータで行います。\n".encode("shift_jis"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: refused by size before any byte is read
        f.truncate(MAX_BYTES + 1)
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text("我们谈了 multimodal models(多模态模型)。\n", encoding="utf-8")
    bad = [missing, binary, nul, good, latin, empty, tmp_path, huge]

    out = vocab("mine", *bad)

    assert out.returncode == 1
    assert rows(out.stdout) == [("multimodal models", "多模态模型", "en-zh", 1)]
    errors = out.stderr.splitlines()
    assert "Traceback" not in out.stderr
    assert len(errors) == 7
    reasons = {
        missing: "no such file", binary: "PNG image", nul: "binary", latin: "Japanese Shift-JIS",
        empty: "empty", tmp_path: "folder", huge: "limit",
    }
    for line, (path, reason) in zip(errors, reasons.items(), strict=True):
        assert line.startswith(f"vocab: {path}: "), line
        assert reason in line


def test_html_in_text_is_read_as_markup_not_mined(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<script>alert('x')</script> 我们谈了 world models(世界模型)。<b>粗体</b>\n",
                    encoding="utf-8")
    out = vocab("mine", "--format", "json", page)
    assert out.returncode == 0, out.stderr
    occ = json.loads(out.stdout)["notes"][0]["occurrences"][0]
    assert occ["sentence"] == "我们谈了 world models(世界模型)。"


def test_encodings_and_subtitles_from_the_command_line(tmp_path):
    utf16 = tmp_path / "talk.vtt"
    utf16.write_bytes("WEBVTT\n\n00:01.000 --> 00:02.000\nWe use RL.\n我们用 RL(强化学习)。\n"
                      .encode("utf-16"))
    gbk = tmp_path / "文章.txt"
    gbk.write_bytes("认真对待通用人工智能(AGI)的风险。\n".encode("gbk"))
    out = vocab("mine", utf16, gbk)
    assert out.returncode == 0, out.stderr
    assert rows(out.stdout) == [("RL", "强化学习", "en-zh", 1), ("通用人工智能", "AGI", "zh-en", 1)]


@pytest.mark.slow
def test_a_100_mb_file_is_mined(tmp_path):
    """Kept in the default run: it takes well under a minute on a shared 2-core machine."""
    seed = SEEDS["001"].read_bytes()
    big = tmp_path / "big.txt"
    copies = 100_000_000 // len(seed) + 1
    with big.open("wb") as f:
        for _ in range(copies):
            f.write(seed)
    t0 = time.perf_counter()
    out = vocab("mine", big, timeout=170)
    elapsed = time.perf_counter() - t0
    assert out.returncode == 0, out.stderr[-2000:]
    found = rows(out.stdout)
    by_pair = {(t, g): c for t, g, _, c in found}
    assert by_pair[("deep learning", "深度学习")] == 3 * copies
    assert sum(by_pair.values()) >= 0.95 * 267 * copies
    print(f"100 MB mined in {elapsed:.1f} s")
