"""Round 24, en-zh (invented lines): a person's name glossed by their role says who the person
is (G4), no translation; a role glossed in Chinese is one."""

from __future__ import annotations

from gloss_pairs import pairs


def test_a_name_glossed_by_a_role_is_no_pair():
    assert pairs("本课程由 Percy Liang（讲师）和 Tatsunori Hashimoto（联合讲师）讲授。") == []


def test_a_role_glossed_in_chinese_stays_a_pair():
    assert pairs("她是一名 Data Scientist（数据科学家）。") == [
        ("Data Scientist", "数据科学家", "en-zh")]
