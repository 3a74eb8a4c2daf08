"""Helpers of the printing tests: the text of a PDF (QtPdf), compared without whitespace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def pdf_pages(path: str | Path) -> list[str]:
    """The text of each page of a PDF, read back with QtPdf."""
    doc = QPdfDocument()
    error = doc.load(str(path))
    assert error == QPdfDocument.Error.None_, f"{path}: {error}"
    try:
        return [doc.getAllText(i).text() for i in range(doc.pageCount())]
    finally:
        doc.close()


def squeeze(text: str) -> str:
    """Text without any whitespace: line breaks in a PDF fall where the layout put them."""
    return "".join(text.split())


def joined(pages: list[str], footer: str = "") -> str:
    """The pages' text as one, without the footers and without the lines painted (clipped) on two pages.

    A table cell that goes on overleaf is painted on both pages, each clipped to its own page, so a
    PDF reader finds the lines next to the page break on both.
    """
    bodies = []
    for text in pages:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if footer and lines and footer in lines[-1]:
            lines.pop()
        bodies.append(lines)
    out: list[str] = []
    for lines in bodies:
        overlap = 0
        for k in range(min(len(out), len(lines), 6), 0, -1):
            if out[-k:] == lines[:k]:
                overlap = k
                break
        out += lines[overlap:]
    return "\n".join(out)
