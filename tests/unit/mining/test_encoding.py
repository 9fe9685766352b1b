"""Input files in every encoding a user may have are read as the same text; files that are not
text are refused with one sentence that names the file."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from vocab_app.errors import InputError
from vocab_app.mining.encoding import decode_bytes, open_text, read_text

TEXT = (
    "Speaker 100:00 - 00:28\r\n我们谈了 multimodal models(多模态模型)与“通用人工智能(AGI)”。\r\n"
    "It's reinforcement learning (RL), 100% sure.\n"
)
EXPECTED = TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),  # no BOM: told apart by where the NUL bytes sit
    ("utf-16-be", b""),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("gb18030", b""),
    ("gbk", b""),
])
def test_each_encoding_reads_back_the_same_text(tmp_path, encoding, bom):
    path = tmp_path / f"in-{encoding}.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    assert read_text(path) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_mostly_chinese_utf16_without_bom_is_read(tmp_path, encoding):
    text = "我们谈了多模态模型与通用人工智能。模型的权重和数据都很重要。\n" * 20  # no ASCII but \n
    path = tmp_path / "zh.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text


def test_old_mac_line_endings_become_newlines():
    assert decode_bytes(b"one\rtwo\r\nthree\n") == "one\ntwo\nthree\n"


def test_chinese_gb18030_is_not_taken_for_utf8():
    data = "模型的权重(weights)和数据(data)。".encode("gb18030")
    assert decode_bytes(data) == "模型的权重(weights)和数据(data)。"


def _error(path) -> str:
    with pytest.raises(InputError) as info:
        read_text(path)
    message = str(info.value)
    assert str(path) in message, "the sentence names the file"
    assert "\n" not in message
    return message


def test_missing_file(tmp_path):
    assert "no such file" in _error(tmp_path / "nope.txt")


def test_folder_is_refused(tmp_path):
    assert "folder" in _error(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _error(path)


def test_blank_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\r\n  ")
    assert "no text" in _error(path)


def test_binary_with_nul_bytes(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in _error(path)


def test_binary_made_of_control_characters(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06abc\x07\x08" * 500)
    assert "binary" in _error(path)


def test_known_binary_format_is_named(tmp_path):
    path = tmp_path / "slides.txt"
    path.write_bytes(b"%PDF-1.7\n" + b"stream data " * 100)
    assert "PDF" in _error(path)


def test_windows_1252_text_is_read_not_misread_as_chinese(tmp_path):
    """Issue 12 decided: Windows-1252 English is read as written (it used to be refused)."""
    path = tmp_path / "latin.txt"
    text = "It’s a café – “quoted” naïve text, isn’t it?\n" * 20
    path.write_bytes(text.encode("cp1252"))
    assert read_text(path) == text


def test_bytes_no_encoding_accepts(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"hello world \xff\xfe\xff and more \x80\x80\n")
    assert "encoding" in _error(path)


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError) as info:
        read_text(path, max_bytes=1024)
    assert "limit" in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gb18030"])
def test_large_file_is_decoded_across_block_boundaries(tmp_path, encoding):
    """CRLF pairs and multi-byte characters that straddle the reader's blocks survive."""
    unit = "深度学习(deep learning)\r\n" + "x" * 7 + "模\r"  # odd sizes shift every boundary
    text = unit * 40_000  # several MB in every encoding
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    source = open_text(path)
    lines = list(source.lines())
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert lines == expected.split("\n")[:-1]
    assert read_text(path) == expected
    assert source.content_hash == hashlib.sha256(expected.encode("utf-8")).hexdigest()


def test_invalid_byte_far_into_a_large_file_is_found_before_reading(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"fine line\n" * 300_000 + b"\xff\xfe bad\n")
    assert "encoding" in _error(path)


# --- text normalised on reading (DESIGN.md) -------------------------------------------------

def test_invisible_and_control_characters_are_removed_on_reading(tmp_path):
    from vocab_app.mining.pipeline import mine_paths

    path = tmp_path / "notes.txt"
    path.write_text("我们做了 post\u200btraining(后\u200d训练)和 \u202eRL\u202c(强化学习)。\n"
                    "Bad \x1b[2J\x1b]0;pwned\x07terminal\x1b[31m words (终端)\x07\x08.\n"
                    "Tabs\tstay and cafe\u0301 is NFC.\n"
                    + "A long plain line of ordinary prose follows here. " * 30,
                    encoding="utf-8")  # long enough not to look like a binary file
    run = mine_paths([path])
    texts = [s.text for s in run.documents[0].segments]
    # a zero-width space is a word break: between Latin letters it reads as a space, so the
    # term is neither cut to `training` nor glued into `posttraining`; ZWJ in 后训练 goes
    assert texts[0] == "我们做了 post training(后训练)和 RL(强化学习)。"
    assert texts[1] == "Bad terminal words (终端)."
    assert texts[2] == "Tabs\tstay and caf\u00e9 is NFC."
    pairs = {(o.term, o.gloss) for o in run.occurrences}
    assert ("post training", "后训练") in pairs and ("RL", "强化学习") in pairs
    for occ in run.occurrences:
        for text in (occ.term, occ.gloss, occ.sentence):
            assert not any(ord(c) < 32 and c != "\t" or 0x7f <= ord(c) < 0xa0 for c in text)
            assert not any(c in text for c in "\u200b\u200d\u202e\u202c\x1b")


def test_clean_text_keeps_ordinary_text_untouched():
    from vocab_app.mining.text_cleaning import clean_text

    for line in ("plain ascii (RL)", "中文（全角）和 English", "tab\tseparated", "",
                 "two\nlines"):
        assert clean_text(line) == line
    assert clean_text("\ufeffBOM inside\u00ad soft\u2060hyphen\n\x1b[1mx") == (
        "BOM inside softhyphen\nx")


def test_a_large_file_is_cleaned_across_its_blocks(tmp_path):
    from vocab_app.mining.readers import read_document

    line = "我们做了 post\u200btraining(后训练)。" + "填充文字" * 40 + "\n"
    path = tmp_path / "big.txt"
    path.write_text((line + "\n") * 4000, encoding="utf-8")  # over 2 MB: many blocks
    doc = read_document(path)
    assert len(doc.segments) == 4000
    assert all(s.text == line.strip().replace("\u200b", " ") for s in doc.segments)


def test_zero_width_characters_neither_split_senses_nor_cut_terms(tmp_path):
    """Issue 12, case 2: `后\u200d训练` is the same sense as `后训练`; `post\u200btraining` is
    `post training`, not `training`; a ZWSP between Chinese characters just goes."""
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    path = tmp_path / "zw.txt"
    path.write_text("模型需要后训练(post training)。\n我们做了 post\u200btraining(后\u200d训练)。\n"
                    "然后再做后\u200b训练(post\ufefftraining)。\n", encoding="utf-8")
    pairs = {(p.term, p.gloss, p.count)
             for p in surface_pairs(mine_paths([path]).occurrences)}
    terms = {(t, g) for t, g, _ in pairs}
    assert ("后训练", "post training") in terms and ("post training", "后训练") in terms
    assert not any(t == "training" or "\u200d" in t + g or "\u200b" in t + g for t, g in terms)
