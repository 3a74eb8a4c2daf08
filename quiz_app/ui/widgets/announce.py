"""Say something to a screen reader: what changed on screen without the keyboard focus moving there.

A new question, the verdict of an answer and "1 minute left." change text the student is not focused on,
so a screen reader would not read them by itself. ``announce`` sends an accessibility announcement
(AT-SPI "Announcement" on Linux, UIA notification on Windows) from the label that shows the text, and also
sets that label's accessible name, so a screen reader that ignores announcements still hears a name
change on a status label ("live region" behaviour).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the name change below still reaches the reader
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


@dataclass(frozen=True)
class Announcement:
    text: str
    #: True: an alert that interrupts the reader (assertive); False: said when it has finished (polite)
    urgent: bool
    #: the accessible name of the widget it was said from (the timer, the verdict, the question)
    source: str


#: the last things said, newest last: what a screen reader was told even where none listens (offscreen tests,
#: a computer without one), so a test can check a warning was said as an alert and not only shown
recent: deque[Announcement] = deque(maxlen=50)


def announce(widget: QWidget, text: str, *, urgent: bool = False, rename: bool = True) -> None:
    """Tell a screen reader ``text`` about ``widget`` (a status label). ``urgent`` interrupts what it is
    reading (a verdict, time running out); otherwise it waits until it has finished (a new question).
    ``rename`` False keeps the widget's own name (the timer's name is its ticking text)."""
    if not text:
        return
    recent.append(Announcement(text, urgent, widget.accessibleName()))
    if rename:
        widget.setAccessibleName(text)  # Qt sends NameChanged itself, only when the name really changes
    if QAccessibleAnnouncementEvent is None or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
