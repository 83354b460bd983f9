"""Quotations in German news text, found on characters so that any mix of quotation marks works.

German news uses „…“, "…", »…« and «…» side by side, and unbalanced pairs ("…») slip through editing. So a mark's
role is read from its surroundings: after a space or at a line start it opens, after a letter or punctuation it
closes. A quote left open closes at the end of its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.german import ALWAYS_OPENING, OPEN_CONTEXT, QUOTE_MARKS


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when unbalanced

    @property
    def outer(self) -> tuple[int, int]:
        return self.open_mark, (self.close_mark + 1 if self.close_mark is not None else self.end)


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark in ALWAYS_OPENING:
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in OPEN_CONTEXT or before.isspace()) and not after.isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    return text[i] in "’'" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations in `text`, in order."""
    quotes: list[Quote] = []
    start: int | None = None
    for i, char in enumerate(text):
        if start is not None and char == "\n" and text[i + 1 : i + 2] == "\n":
            quotes.append(Quote(start + 1, i, start, None))  # unbalanced: closes with the paragraph
            start = None
        if char not in QUOTE_MARKS or _is_apostrophe(text, i):
            continue
        if start is None:
            if _opens(text, i):
                start = i
        elif not text[i - 1].isspace():  # a mark after a space inside a quote opens nothing new
            if i > start + 1:
                quotes.append(Quote(start + 1, i, start, i))
            start = None
    if start is not None and len(text) > start + 1:
        quotes.append(Quote(start + 1, len(text), start, None))
    return quotes


def in_quote(offset: int, quotes: list[Quote]) -> bool:
    return any(q.start <= offset < q.end for q in quotes)
