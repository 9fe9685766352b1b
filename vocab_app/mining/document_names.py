"""Brackets that name a document or a piece of code, not what the term is called: a
document's number or an author-year citation (`EIP-7825`, `或 EIP-2780`, `RFC 1945`,
`CHADD 2020`: G3), a dotted lower-case identifier (`new.target`, `outputs.logits`: M3), a
parameter's type in API docs (`(bool)`, `(list[dict], 可选)`: M3).
"""

from __future__ import annotations

import re

#: A document's number (`EIP-7825`, `RFC 1945`, `ISO 8601`) or an author-year citation
#: (`CHADD 2020`): which document, not what the term is called (G3). Four digits at least:
#: `SHA-256`, `IPA 88` and `FP16` are names.
_DOCUMENT_NUMBER_RE = re.compile(r"\s*(?:或\s*|or\s+)?[A-Z]{2,6}[- ]\d{4,}(?:[-.]\d+)*\s*")
#: A dotted lower-case identifier (`new.target`, `wide.stlexvar`, `outputs.logits`).
_DOTTED_NAME_RE = re.compile(r"\s*[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+\s*")


def is_document_number(gloss: str) -> bool:
    """True for a document's number or an author-year citation (`EIP-7825`, `或 EIP-2780`,
    `RFC 1945`, `CHADD 2020`): it says which document, not what the term is called (G3)."""
    return _DOCUMENT_NUMBER_RE.fullmatch(gloss) is not None


def is_dotted_code_name(gloss: str) -> bool:
    """True for a dotted lower-case identifier (`new.target`, `config.yaml`): code (M3)."""
    return _DOTTED_NAME_RE.fullmatch(gloss) is not None


#: A parameter's type in API docs (`(bool)`, `(list[dict], 可选)`, `(int, optional)`).
_TYPE_RE = re.compile(r"(?:bool|int|float|str|bytes|list|dict|tuple|set|None|Tensor|ndarray"
                      r"|callable|Callable|Any|Optional)(?:\[[\w\[\], .]*\])?"
                      r"(?:\s*(?:\||or)\s*\w+)*(?:\s*[,，]\s*(?:可选|optional|必选|required))?")


def is_type_annotation(gloss: str, after_chinese: bool) -> bool:
    """True for a parameter's type as API docs give it: code, no gloss (RULES.md M3); after a
    Chinese word a bare type name is its English name (`整数（int）`)."""
    gloss = gloss.strip()
    return _TYPE_RE.fullmatch(gloss) is not None and not (after_chinese and gloss.isalpha())
