"""What the two QTI package formats share: the zip written atomically, the zip read within bounds, and
XML text written with the standard library's escaping.

A package is untrusted input: :func:`read_package` refuses an archive with too many entries, one that
unpacks to more than ``MAX_UNPACKED_BYTES`` (a zip bomb; sizes are checked as the bytes come out, not
only as the archive claims), and entry names that climb out of the package (``../``, absolute paths).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..atomic import atomic_path

#: what an LMS package may unpack to (a class's quiz is some 100 KB; xlsx has the same limit)
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_ENTRIES = 10_000

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def text(value: str) -> str:
    """Character data for XML (characters XML 1.0 cannot hold are dropped)."""
    return escape(_XML_ILLEGAL.sub("", value)).replace("\r", "&#13;")


def attr(value: str) -> str:
    """An attribute value with its quotes."""
    return quoteattr(_XML_ILLEGAL.sub("", value)).replace("\r", "&#13;")


def ident(prefix: str, *parts: str) -> str:
    """A stable XML identifier (an NCName) made from our ids, which may hold any character."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}{digest}"


def local(tag: object) -> str:
    """An element's name without its namespace ('{ns}item' -> 'item')."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def write_package(path: Path, files: dict[str, str]) -> None:
    """The zip of ``files`` (name -> XML text), written atomically: a failed export leaves no half file."""
    with atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # same bytes for the same set
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, content.encode("utf-8"))


class PackageError(Exception):
    """The archive cannot be read safely; the message says why, for a teacher."""


def _safe_name(name: str) -> str | None:
    clean = name.replace("\\", "/")
    if clean.startswith("/") or re.match(r"^[A-Za-z]:", clean):
        return None
    norm = posixpath.normpath(clean)
    if norm == ".." or norm.startswith("../"):
        return None
    return norm


def read_package(data: bytes, kind: str) -> dict[str, bytes]:
    """The files of a zip package (normalised name -> bytes), or a :class:`PackageError`."""
    if not data.startswith(b"PK"):
        raise PackageError(f"this is not a {kind} package (a package is a .zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise PackageError(f"the .zip archive is damaged or cut short ({exc})") from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_ENTRIES:
            raise PackageError(f"the archive holds {len(infos)} files; refused (the limit is {MAX_ENTRIES})")
        claimed = sum(i.file_size for i in infos)
        if claimed > MAX_UNPACKED_BYTES:
            raise PackageError(f"the archive unpacks to {claimed / 1024 / 1024:.0f} MB; refused (the limit is "
                               f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB)")
        files: dict[str, bytes] = {}
        total = 0
        for info in infos:
            name = _safe_name(info.filename)
            if name is None:
                raise PackageError(f"the archive holds a file named {info.filename!r}, outside the package; "
                                   "refused (a package's files stay inside it)")
            try:
                with archive.open(info) as member:
                    # read no more than the limit allows, whatever size the archive claims
                    content = member.read(MAX_UNPACKED_BYTES - total + 1)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                raise PackageError(f"the file {info.filename!r} in the archive cannot be read ({exc})") from None
            total += len(content)
            if total > MAX_UNPACKED_BYTES:
                raise PackageError(f"the archive unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB; "
                                   "refused")
            files[name] = content
        return files


def resolve_href(base: str, href: str) -> str | None:
    """A manifest ``href`` as a package file name (None when it leaves the package)."""
    return _safe_name(posixpath.join(posixpath.dirname(base), href.split("#", 1)[0]))


def parse_xml(content: bytes, name: str):
    """An XML file of a package as an ElementTree element, parsed with defusedxml (no entities, nothing
    fetched); a :class:`PackageError` that names the file otherwise."""
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(content, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise PackageError(f"{name} uses an XML construct that is refused for safety ({type(exc).__name__}: "
                           "entities and external references are not allowed)") from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        raise PackageError(f"{name} is not well-formed XML (line {line}, column {column})") from None
