"""The Markdown reader as it was before its one-pass redesign (issue 9), kept only as the
reference of tests/unit/mining/test_markdown_differential.py: markup.py (inline markup),
blocks.py (block structure) and article.py (paragraphs) are the package's modules of commit
01e6c7a, imports aside. Not used by the application."""
