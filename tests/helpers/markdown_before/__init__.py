"""The Markdown reader as it was before its one-pass redesign (issue 9), kept only as the
reference of tests/unit/mining/test_markdown_differential.py: blocks.py (block structure) and
article.py (paragraphs) are the package's modules of commit 01e6c7a, imports aside; the inline
markup scanner (mining/readers/markup.py) was not redesigned and is the package's own.
Not used by the application."""
