"""Labels and passages that show text from a set file safely: always as plain text, or escaped."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser

from ..theme import colours


def plain_label(text: str = "", object_name: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as HTML (question texts come from files)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def prompt_text(question) -> str:
    """A question's prompt as the student reads it (a find-the-sentence question adds its statement)."""
    if question.type == "cite":
        return f"{question.prompt}\n“{question.statement}”"
    return question.prompt


def highlighted_html(text: str, spans: list[tuple[int, int, str]], offset: int = 0) -> str:
    """Escaped ``text`` with the given (start, end, anchor) spans marked; anchors become links when set.

    Spans are offsets into the original source; ``offset`` is where ``text`` starts in it.
    The only markup is ours: the file's text is escaped.
    """
    c = colours()
    out: list[str] = []
    pos = 0
    for start, end, anchor in sorted(spans):
        start, end = max(start - offset, pos), min(end - offset, len(text))
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        inner = html.escape(text[start:end])
        mark = (f'<span style="background-color:{c.highlight_bg}; color:{c.highlight_fg}; '
                f'font-weight:600; text-decoration:underline;">{inner}</span>')
        out.append(f'<a href="{html.escape(anchor)}" style="text-decoration:none; color:{c.highlight_fg};">{mark}</a>'
                   if anchor else mark)
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br/>")
    return f'<div style="line-height:140%;">{body}</div>'


class PassageView(QTextBrowser):
    """A read-only passage of a source with the quoted words highlighted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.highlighted_text = ""
        self.setAccessibleName("Quoted passage")

    def show_passage(self, passage_text: str, passage_start: int, span: tuple[int, int] | None,
                     quote_text: str = "") -> None:
        """Show a paragraph (starting at ``passage_start`` in its source) with ``span`` highlighted."""
        spans = [(span[0], span[1], "")] if span else []
        self.highlighted_text = passage_text[span[0] - passage_start: span[1] - passage_start] if span else ""
        self.setHtml(highlighted_html(passage_text, spans, passage_start))
        self.setAccessibleDescription(
            f"The highlighted words are the quote: {self.highlighted_text or quote_text}")
