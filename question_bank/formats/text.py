"""Text helpers every importer and exporter shares: HTML to plain text, cells, numbers, ids.

Pure functions on strings; nothing here knows about question sets.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser

from ..textnorm import typographic_to_ascii

_TAG_OR_ENTITY = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BR, _PARA = "\ue000", "\ue001"
_BLOCK_TAGS = frozenset("p div li tr h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl dt dd section article".split())


def looks_like_html(text: str) -> bool:
    return bool(_TAG_OR_ENTITY.search(text))


_MEDIA_TAGS = {"audio": "audio", "video": "video", "embed": "embedded file", "object": "embedded file",
               "iframe": "embedded page"}


def _file_name(url: str) -> str:
    """What a teacher recognises of a file's address: Moodle's @@PLUGINFILE@@/ prefix dropped."""
    return url.replace("@@PLUGINFILE@@/", "").strip()


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.images = 0
        #: links, audio, video and embedded files: kept as text ("[audio: listen.mp3]"), counted for a warning
        self.media = 0
        self._link: str | None = None
        self._link_start = 0
        self._in_media = 0
        self._kind = "media"

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.parts.append(_BR)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)
        elif tag == "img":
            self.images += 1
            alt = found.get("alt") or _file_name(found.get("src") or "")
            if alt:
                self.parts.append(f" [image: {alt}] ")
        elif tag == "a" and found.get("href"):
            self._link, self._link_start = found["href"], len(self.parts)
        elif tag in _MEDIA_TAGS or (tag == "source" and self._in_media):
            if tag in _MEDIA_TAGS:
                self._in_media += 1
                self._kind = _MEDIA_TAGS[tag]
            url = found.get("src") or found.get("data")
            if url:
                self.media += 1
                self.parts.append(f" [{self._kind}: {_file_name(url)}] ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in _MEDIA_TAGS:
            self._in_media = max(0, self._in_media - 1)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)
        elif tag in _MEDIA_TAGS:
            self._in_media = max(0, self._in_media - 1)
        elif tag == "a" and self._link is not None:
            label = "".join(self.parts[self._link_start:]).strip()
            url = _file_name(self._link)
            self.media += 1
            # the address stays readable next to the words that linked to it (a student may need the file)
            if label != url:
                self.parts.append(f" [link: {url}] ")
            self._link = None

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(text: str) -> tuple[str, int]:
    """Plain text of an HTML fragment (paragraphs and line breaks kept), and how many images, links, audio,
    video or embedded files it had; each is kept as text ("[image: map.png]", "[link: https://…]",
    "[audio: speech.mp3]") so the question still says what it showed."""
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
        raw, images = "".join(parser.parts), parser.images + parser.media
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


def number_range(low: str, high: str) -> tuple[float, float] | None:
    """The value and tolerance of a range "3.141..3.142" (3.1415, 0.0005), worked out in decimal so that no
    binary rounding noise (3.1414999999999997) comes in; None when either end is not a plain number."""
    if parse_plain_number(low) is None or parse_plain_number(high) is None:
        return None
    lo, hi = Decimal(low.strip()), Decimal(high.strip())
    return float((lo + hi) / 2), float(abs(hi - lo) / 2)


def _plain_decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def range_text(value: float, tolerance: float) -> tuple[str, str] | None:
    """The ends of value ± tolerance as a range ("3.141", "3.142") when that is how the numbers read best
    (shorter than "3.1415:0.0005") and reads back exactly; None otherwise."""
    if tolerance <= 0:
        return None
    v, t = Decimal(fmt_num(value)), Decimal(fmt_num(tolerance))
    low, high = _plain_decimal(v - t), _plain_decimal(v + t)
    if len(low) + len(high) >= len(fmt_num(value)) + len(fmt_num(tolerance)):
        return None
    if number_range(low, high) != (value, tolerance):
        return None
    return low, high


def slug(text: str, fallback: str = "imported") -> str:
    text = typographic_to_ascii(text).casefold()
    out = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    return out or fallback


def media_warning(count: int) -> str:
    """What an import says when a text showed images, links, audio or video: kept as text, not as files."""
    return (f"{count} image{'s' if count != 1 else ''}, link{'s' if count != 1 else ''} or media file"
            f"{'s' if count != 1 else ''} kept as text only (\"[image: …]\", \"[link: …]\", \"[audio: …]\"); "
            "the files themselves are not imported")


MEDIA_HINT = "Check that the question can still be answered without the file, or describe what it showed."
