"""vocab_app: mine glossed technical terms from bilingual material, review them, export to Anki."""

__version__ = "0.1.0"
