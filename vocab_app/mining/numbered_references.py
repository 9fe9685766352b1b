"""Numbered references to a part of a work (`Lesson 23`, `Chapter 4`, `Figure 2.1`): they say
where to read more (RULES.md G3), so they are no term and no gloss. `see Lesson 12
(Hyperparameter Tuning)` gives the lesson's title, no card; `可观察性（Lesson 23）` gives none."""

from __future__ import annotations

import re

#: A numbered reference to a part of a work; group 1 is its number.
REFERENCE_RE = re.compile(r"(?:Lesson|Chapter|Section|Part|Step|Unit|Module|Lecture|Figure|Fig\."
                          r"|Table|Appendix|Exercise|Example|Equation|Eq\.)\s*(\d{1,3}(?:\.\d+)*)")


def is_numbered_reference(text: str) -> bool:
    """True when `text`, stripped, is a numbered reference and nothing else."""
    return REFERENCE_RE.fullmatch(text.strip()) is not None
