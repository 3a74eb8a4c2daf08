"""PDFs of the built-in set, read back with QtPdf: page counts, every prompt, every quote, page numbers."""

from __future__ import annotations

import re

import pytest
from pdfkit import joined, pdf_pages, squeeze

from quiz_app import worksheets as ws
from quiz_app.ui.printing import PrintError, key_path, render_pdf, write_pdfs


@pytest.fixture(scope="module")
def printed(builtin_set, tmp_path_factory, qapp):
    """Worksheet (with the source) and key of the built-in set on A4, and the worksheet on Letter."""
    folder = tmp_path_factory.mktemp("pdf")
    sheet = ws.sheet_for_set(builtin_set)
    both = write_pdfs(sheet, ws.PrintOptions("both", with_source=True, page="a4"), folder / "set.pdf")
    letter = write_pdfs(sheet, ws.PrintOptions("worksheet", page="letter"), folder / "letter.pdf")
    return {p.kind: p for p in both} | {"letter": letter[0]}


def test_page_counts_and_page_numbers(printed):
    worksheet, key = printed["worksheet"], printed["key"]
    assert key.path == key_path(worksheet.path) and key.path.name == "set-answer-key.pdf"
    for p in printed.values():
        pages = pdf_pages(p.path)
        assert len(pages) == p.pages
        for n, text in enumerate(pages, start=1):
            assert f"Page {n} of {p.pages}" in text
    # 98 questions, about 6 a page, plus 2-3 pages of source text (measured: A4 19 and 20, Letter 16)
    assert 12 <= worksheet.pages <= 30 and 12 <= key.pages <= 32
    assert printed["letter"].pages < worksheet.pages  # no source text
    assert not list(worksheet.path.parent.glob("*.part"))


def test_worksheet_has_every_prompt_and_the_numbered_source(printed, builtin_set):
    pages = pdf_pages(printed["worksheet"].path)
    everything = squeeze(joined(pages, f"{builtin_set.title} · Worksheet"))  # a paragraph may go on overleaf
    for q in builtin_set.questions:
        assert squeeze(q.prompt) in everything, q.id
    assert "Name:" in pages[0] and "Worksheet" in pages[0]
    source = builtin_set.sources[0]
    pdf_lines = [line.strip() for text in pages for line in text.splitlines()]
    for line in ws.printed_lines(source.text):
        # each printed line is one line of the page, never wrapped again by the layout (the PDF reader may
        # join two lines into one, but never cuts one)
        assert any(line.text in pdf_line for pdf_line in pdf_lines), line
        if line.number % 5 == 0:  # the margin numbers every fifth line
            assert squeeze(f"{line.number}{line.text}") in everything, line.number
    assert squeeze("¶1Towards the closing days") in everything
    # questions are never cut by a page end: every page after the source starts with a question number
    first_question = next(i for i, t in enumerate(pages) if "Questions" in t.split("\n")[0])
    for text in pages[first_question + 1:]:
        assert re.match(r"\s*\d+\.", text), text[:80]


def test_key_has_every_quote_and_explanation(printed, builtin_set):
    everything = squeeze("".join(pdf_pages(printed["key"].path)))
    for q in builtin_set.questions:
        assert squeeze(q.evidence.quote) in everything, q.id
        assert squeeze(q.prompt) in everything, q.id
    assert "Answerkey" in everything and "Name:" not in everything


def test_an_unwritable_place_is_a_plain_error(tmp_path, qapp):
    with pytest.raises(PrintError, match="cannot be written"):
        render_pdf("<p>x</p>", tmp_path / "missing-folder" / "x.pdf")
    assert not list(tmp_path.rglob("*.part"))
