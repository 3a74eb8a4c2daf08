"""Labels and passages that show text from a set file safely: always as plain text, or escaped."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QListWidget, QScrollArea, QSizePolicy, QStyledItemDelegate, QTextBrowser

from ..theme import colours
from .labels import MeasuredLabel, plain_label

__all__ = ["MeasuredLabel", "plain_label"]  # the plain label lives in .labels (light enough for the start path)


def prompt_text(question) -> str:
    """A question's prompt as the student reads it (a find-the-sentence question adds its statement)."""
    if question.type == "cite":
        return f"{question.prompt}\n“{question.statement}”"
    return question.prompt


def highlighted_html(text: str, spans: list[tuple[int, int, str]], offset: int = 0,
                     strong: set[str] | None = None) -> str:
    """Escaped ``text`` with the given (start, end, anchor) spans marked; anchors become links when set.

    Spans are offsets into the original source; ``offset`` is where ``text`` starts in it.
    ``strong``: the anchors to highlight in colour; the others are only underlined, so a text quoted
    nearly everywhere stays readable (None: every span in colour).
    The only markup is ours: the file's text is escaped.
    """
    import html  # here: the start screen shows no passage, and the module's entity table is 0.6 MB

    c = colours()
    out: list[str] = []
    pos = 0
    for start, end, anchor in sorted(spans):
        start, end = max(start - offset, pos), min(end - offset, len(text))
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        inner = html.escape(text[start:end])
        if strong is None or anchor in strong:
            fg = c.highlight_fg
            mark = (f'<span style="background-color:{c.highlight_bg}; color:{fg}; '
                    f'font-weight:600; text-decoration:underline;">{inner}</span>')
        else:
            fg = c.link
            mark = f'<span style="color:{fg}; text-decoration:underline;">{inner}</span>'
        out.append(f'<a href="{html.escape(anchor)}" style="text-decoration:none; color:{fg};">{mark}</a>'
                   if anchor else mark)
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br/>")
    return f'<div style="line-height:140%;">{body}</div>'


class PassageView(QTextBrowser):
    """A read-only passage of a source with the quoted words highlighted.

    ``fit``: as tall as its text, for a screen that scrolls already (one scroll bar; Page Down reaches it).
    """

    def __init__(self, parent=None, fit: bool = False):
        super().__init__(parent)
        self.fit = fit
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit_height())
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.highlighted_text = ""
        self.setAccessibleName(self.tr("Quoted passage"))

    def show_passage(self, passage_text: str, passage_start: int, span: tuple[int, int] | None,
                     quote_text: str = "") -> None:
        """Show a paragraph (starting at ``passage_start`` in its source) with ``span`` highlighted."""
        spans = [(span[0], span[1], "")] if span else []
        self.highlighted_text = passage_text[span[0] - passage_start: span[1] - passage_start] if span else ""
        self.setHtml(highlighted_html(passage_text, spans, passage_start))
        self.setAccessibleDescription(
            self.tr("The highlighted words are the quote: {quote}").format(quote=self.highlighted_text or quote_text))

    def show_paragraphs(self, source_text: str, paragraphs, spans: list[tuple[int, int]]) -> None:
        """Several paragraphs of one source (``Passage`` objects, in reading order), each with every quoted
        span inside it highlighted: an answer proved by several quotes shows them all."""
        from question_bank import evidence as ev  # not on the way to the start screen (plain_label is)

        marked = [(a, b, "") for a, b in sorted(spans)]
        parts = []
        for para in paragraphs:
            inside = [(max(a, para.start), min(b, para.end), "") for a, b, _ in marked if a < para.end and b > para.start]
            number = ev.paragraph_number(source_text, para)  # as a reader counts (None: a title line)
            label = (f'<p style="margin:0;"><b>¶{number}</b></p>' if len(paragraphs) > 1 and number is not None
                     else "")
            parts.append(label + highlighted_html(para.text, inside, para.start))
        self.highlighted_text = " … ".join(" ".join(source_text[a:b].split()) for a, b, _ in marked)
        self.setHtml("".join(parts))
        self.setAccessibleDescription(self.tr("The highlighted words are the quotes: {quotes}").format(quotes=self.highlighted_text)
                                      if len(marked) > 1 else
                                      self.tr("The highlighted words are the quote: {quote}").format(quote=self.highlighted_text))

    def _fit_height(self) -> None:
        height = self.document().size().height()
        self.setFixedHeight(int(height) + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            width = self.viewport().width()
            if self.document().textWidth() != width:  # a new text width lays the whole document out again
                self.document().setTextWidth(width)
            self._fit_height()


def score_bar(percent: float, text: str, name: str):
    """A bar without text on it, and its words in a label beside it: words drawn on a bar change colour
    where the fill ends and get cut there at large text sizes."""
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(max(0, min(100, round(percent))))
    bar.setFormat(text)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.setAccessibleDescription(text)
    bar.setMinimumWidth(120)
    words = plain_label(text)
    words.setBuddy(bar)
    return bar, words


class FittedList(QListWidget):
    """A list as tall as its items, for a screen that already scrolls: one scroll bar, never a small box
    scrolling inside another. The screen follows the current item as the arrow keys move it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(WrapDelegate(self))
        self._fitted_width = -1
        self.currentRowChanged.connect(lambda *_: self._follow())
        self.model().rowsInserted.connect(lambda *_: QTimer.singleShot(0, self.fit))
        self.model().rowsRemoved.connect(lambda *_: QTimer.singleShot(0, self.fit))

    def fit(self) -> None:
        """Take the height of every item at the present width."""
        self.doItemsLayout()
        rows = sum(max(self.sizeHintForRow(r), self.visualRect(self.model().index(r, 0)).height())
                   for r in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2 * self.spacing() * self.count() + 4)
        self._fitted_width = self.width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._fitted_width:
            QTimer.singleShot(0, self.fit)

    def _follow(self) -> None:
        index = self.currentIndex()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        body = area.widget() if area is not None else None
        if not index.isValid() or area is None or body is None:
            return
        rect = self.visualRect(index)
        top = self.viewport().mapTo(body, rect.topLeft())
        area.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height() // 2 + 8)


class WrapDelegate(QStyledItemDelegate):
    """Item heights from the list's present width: Qt keeps the heights of the width the items were laid out
    at, and cuts a wrapped item's last line with "..." when the list is then narrower."""

    def sizeHint(self, option, index):
        view = self.parent()
        hint = super().sizeHint(option, index)
        if not isinstance(view, QListWidget):
            return hint
        width = max(40, view.viewport().width() - 2 * view.spacing())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # the item's padding and the style's text margins (generous: a line too many is never cut)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width - 16, 1_000_000),
                                                 int(Qt.TextFlag.TextWordWrap), text).height() + 16
        return QSize(width, max(hint.height(), needed))
