"""Text helpers every importer and exporter shares: HTML to plain text, cells, numbers, ids.

Pure functions on strings; nothing here knows about question sets.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from ..textnorm import typographic_to_ascii

_TAG_OR_ENTITY = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BR, _PARA = "\ue000", "\ue001"
_BLOCK_TAGS = frozenset("p div li tr h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl dt dd section article".split())


def looks_like_html(text: str) -> bool:
    return bool(_TAG_OR_ENTITY.search(text))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.images = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.parts.append(_BR)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)
        elif tag == "img":
            self.images += 1
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" [image: {alt}] ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(text: str) -> tuple[str, int]:
    """Plain text of an HTML fragment (paragraphs and line breaks kept), and how many images it had."""
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
        raw, images = "".join(parser.parts), parser.images
    except Exception:  # HTMLParser is lenient, but not on every malformed input
        raw = re.sub(r"<[^>]*>", " ", text)
        raw, images = unescape(raw), text.lower().count("<img")
    raw = re.sub(r"[ \t\r\n\f\u00a0]+", " ", raw)  # &nbsp; is a space once the text is plain
    raw = raw.replace(_BR, "\n").replace(_PARA, "\n\n")
    raw = re.sub(r" *\n *", "\n", raw)
    raw = re.sub(r"\n{3,}", "\n\n", raw)
    return raw.strip(), images


def clean_cell(value: str) -> str:
    """Trimmed text without zero-width characters (kept: non-breaking spaces, curly quotes)."""
    return value.replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "").strip()


def loose(text: str) -> str:
    """The form used to match an answer written in one place with an option written in another."""
    text = typographic_to_ascii(clean_cell(text))
    return " ".join(text.casefold().split())


def fmt_num(value: float) -> str:
    """A number written exactly and without noise: 135000, 0.5, 1e-07."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_plain_number(text: str) -> float | None:
    """A number as Moodle's is_numeric reads it (no thousands separators, no words)."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def slug(text: str, fallback: str = "imported") -> str:
    text = typographic_to_ascii(text).casefold()
    out = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    return out or fallback
