"""The CLI speaks the user's language: with LANG=zh_CN.UTF-8 the real commands print Chinese
(help, counts, errors raised deep in the services, argparse's own words, dates), with
LANG=en_US.UTF-8 English. Data formats (`vocab mine`'s TSV) stay as they are in every language.
The compiled catalogue is built first by the same script the install and build hooks run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from helpers.cli import vocab

from vocab_app.paths import seed_files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    spec = importlib.util.spec_from_file_location(
        "build_catalogues", ROOT / "packaging" / "build_catalogues.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.build_all()


def run(lang: str, *args: object, **kwargs):
    """`vocab ARGS` with LANG=`lang` and no other locale variable in the way."""
    env = {"LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    return vocab(*args, env=env, **kwargs)


ZH, EN = "zh_CN.UTF-8", "en_US.UTF-8"


def test_help_is_chinese_under_a_chinese_locale_and_english_under_an_english_one():
    zh = run(ZH, "--help")
    assert zh.returncode == 0
    assert zh.stdout.startswith("用法：vocab")
    assert "选项" in zh.stdout and "词库文件" in zh.stdout and "显示此帮助信息并退出" in zh.stdout
    en = run(EN, "--help")
    assert en.stdout.startswith("usage: vocab") and "collection file" in en.stdout
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.stdout)
    sub = run(ZH, "export", "--help")
    assert "Anki 牌组包" in sub.stdout and "讲义纸张尺寸" in sub.stdout


def test_due_counts_are_labelled_in_the_users_language(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run(ZH, "due", db=db).stdout == "新卡片：0\n学习中：0\n待复习：0\n"
    assert run(EN, "due", db=db).stdout == "new: 0\nlearning: 0\nreview: 0\n"


def test_mine_keeps_its_tsv_and_says_why_a_file_failed_in_chinese(tmp_path):
    seed = seed_files()[0]
    missing = tmp_path / "missing.txt"
    zh = run(ZH, "mine", seed, missing)
    assert zh.returncode == 1
    assert zh.stdout.startswith("term\tgloss\tstyle\tcount\n")  # a data format, not prose
    assert zh.stdout == run(EN, "mine", seed).stdout
    assert zh.stderr.strip() == f"vocab: {missing}：文件不存在。"
    assert run(EN, "mine", missing).stderr.strip() == f"vocab: {missing}: no such file."


def test_an_export_to_a_missing_folder_is_refused_in_chinese(tmp_path):
    db = tmp_path / "c.sqlite"
    added = run(ZH, "term", "add", "agent", "--gloss", "代理人", db=db)
    assert added.stdout.strip() == "已添加“agent”"
    out = tmp_path / "no-such-folder" / "deck.apkg"
    zh = run(ZH, "export", "--apkg", out, db=db)
    assert zh.returncode == 1
    assert zh.stderr.strip() == (f"vocab: 文件夹 {out.parent} 不存在；请为导出文件选择其他位置。")
    en = run(EN, "export", "--apkg", out, db=db)
    assert "does not exist; choose another place for the export." in en.stderr
    done = run(ZH, "export", "--apkg", tmp_path / "deck.apkg", db=db)
    assert done.stdout.startswith("1 条笔记，1 张卡片 -> ")


def test_argparse_errors_and_review_dates_are_chinese(tmp_path):
    bad = run(ZH, "due", "--today", "yesterday")
    assert bad.returncode == 2
    assert "vocab due：错误：参数 --today：'yesterday' 不是 2026-03-10 这样的日期" in bad.stderr
    db = tmp_path / "c.sqlite"
    run(ZH, "term", "add", "agent", "--gloss", "代理人", db=db)
    review = run(ZH, "review", "--today", "2026-03-09", db=db, stdin="\n4\n")
    assert "今日到期：新卡片 1 张，学习中 0 张，待复习 0 张。" in review.stdout
    assert "1) 重来" in review.stdout and "4) 简单" in review.stdout
    assert "下次复习：2026年3月" in review.stdout
    assert "已回答 1 张；今天还剩 0 张卡片。" in review.stdout


def test_an_ascii_terminal_gets_utf8_chinese_rather_than_a_crash(tmp_path):
    env = {"LANG": ZH, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
           "PYTHONIOENCODING": "ascii"}
    out = vocab("due", db=tmp_path / "c.sqlite", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "新卡片：0\n学习中：0\n待复习：0\n"
    plain = vocab("due", db=tmp_path / "c.sqlite", env={**env, "LANG": EN})
    assert plain.stdout == "new: 0\nlearning: 0\nreview: 0\n"


def test_config_labels_descriptions_and_refusals_are_chinese(tmp_path):
    db = tmp_path / "c.sqlite"
    listing = run(ZH, "config", "list", db=db).stdout
    assert "# 每日新卡片数：0 到 9999 之间的整数" in listing
    assert "每天的复习引入多少张新卡片。" in listing
    assert "# 暂停难记卡：开或关（true/false）" in listing
    refused = run(ZH, "config", "set", "new_per_day", "-3", db=db)
    assert refused.returncode == 1
    assert "每日新卡片数必须是0 到 9999 之间的整数，而不是 -3。" in refused.stderr
    assert "new cards a day" in run(EN, "config", "list", db=db).stdout


def test_list_import_warnings_are_chinese(tmp_path):
    db = tmp_path / "c.sqlite"
    path = tmp_path / "list.csv"
    path.write_text("term,gloss\nmodel,模型\nmodel,模型\n", encoding="utf-8")
    zh = run(ZH, "list", "import", path, "L", "--dry-run", db=db)
    assert "第 3 行：'model' 已在第 2 行给出；已跳过此行" in zh.stdout + zh.stderr
    en = run(EN, "list", "import", path, "L", "--dry-run", db=db)
    assert "line 3: 'model' already given on line 2; this line is skipped" in en.stdout + en.stderr
