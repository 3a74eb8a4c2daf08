"""Colours, text size and the application style sheet: one place, so every screen scales together."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11.0


@dataclass(frozen=True)
class Colours:
    right: str
    right_bg: str
    wrong: str
    wrong_bg: str
    partial: str
    partial_bg: str
    highlight_bg: str
    highlight_fg: str
    muted: str
    card_bg: str
    accent: str
    #: the ring of a radio button or check box, and the inside of an empty one
    control: str = "#444444"
    control_bg: str = "#ffffff"
    #: text you can click (a quoted passage in the source reader)
    link: str = "#1f5fbf"


LIGHT = Colours(right="#1b5e20", right_bg="#e3f4e4", wrong="#a31515", wrong_bg="#fde8e8", partial="#8a5300",
                partial_bg="#fff3dc", highlight_bg="#ffe066", highlight_fg="#000000", muted="#555555",
                card_bg="#f4f5f7", accent="#1f5fbf", control="#444444", control_bg="#ffffff")
DARK = Colours(right="#8fdc93", right_bg="#1d3320", wrong="#ff9c9c", wrong_bg="#3d1d1d", partial="#ffc46b",
               partial_bg="#3a2d12", highlight_bg="#7a6200", highlight_fg="#ffffff", muted="#b8b8b8",
               card_bg="#2b2d31", accent="#7fb0ff", control="#d0d0d0", control_bg="#16171a",
               link="#7fb0ff")


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21): text needs 4.5, a control's outline 3."""

    def luminance(name: str) -> float:
        colour = QColor(name)

        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())

    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def palette_for(dark: bool) -> QPalette:
    """The palette of the light or the dark theme."""
    return _dark_palette() if dark else _light_palette()


def is_dark(app: QApplication | None = None) -> bool:
    if app is None:
        instance = QApplication.instance()
        # Colours are only asked for while widgets exist, i.e. under a running QApplication.
        assert isinstance(instance, QApplication), "is_dark() needs a running QApplication"
        app = instance
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def _dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor("#1f2023"))
    p.setColor(role.WindowText, QColor("#eeeeee"))
    p.setColor(role.Base, QColor("#16171a"))
    p.setColor(role.AlternateBase, QColor("#2b2d31"))
    p.setColor(role.ToolTipBase, QColor("#2b2d31"))
    p.setColor(role.ToolTipText, QColor("#eeeeee"))
    p.setColor(role.Text, QColor("#eeeeee"))
    p.setColor(role.Button, QColor("#2f3136"))
    p.setColor(role.ButtonText, QColor("#eeeeee"))
    p.setColor(role.Highlight, QColor("#3d6fc4"))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.Link, QColor("#7fb0ff"))
    p.setColor(role.PlaceholderText, QColor("#9a9a9a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#777777"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor("#fafafa"))
    p.setColor(role.WindowText, QColor("#111111"))
    p.setColor(role.Base, QColor("#ffffff"))
    p.setColor(role.AlternateBase, QColor("#f0f1f3"))
    p.setColor(role.Text, QColor("#111111"))
    p.setColor(role.Button, QColor("#eceef1"))
    p.setColor(role.ButtonText, QColor("#111111"))
    p.setColor(role.Highlight, QColor("#1f5fbf"))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.Link, QColor("#1f5fbf"))
    p.setColor(role.PlaceholderText, QColor("#6b6b6b"))
    return p


def apply_theme(app: QApplication, theme: str, text_scale: float) -> None:
    """Apply a theme ("system", "light", "dark") and a text size (1.0 = normal) to the whole app."""
    app.setStyle("Fusion")
    dark = theme == "dark"
    if theme == "system":
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setPalette(_dark_palette() if dark else _light_palette())
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(text_scale, DARK if dark else LIGHT))


def style_sheet(scale: float, c: Colours) -> str:
    pt = BASE_POINT_SIZE * scale

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    # indicators grow with the text; a 2 px ring in the text colour shows them on either background
    box = max(16, round(16 * scale))
    ring = 2

    return f"""
    QLabel#screenTitle {{ font-size: {size(1.7)}; font-weight: 600; }}
    QLabel#sectionTitle {{ font-size: {size(1.2)}; font-weight: 600; }}
    QLabel#prompt {{ font-size: {size(1.35)}; }}
    QLabel#bigNumber {{ font-size: {size(2.4)}; font-weight: 700; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#verdictRight {{ color: {c.right}; background: {c.right_bg}; border-left: 6px solid {c.right};
                           padding: 8px; font-size: {size(1.35)}; font-weight: 700; }}
    QLabel#verdictWrong {{ color: {c.wrong}; background: {c.wrong_bg}; border-left: 6px solid {c.wrong};
                           padding: 8px; font-size: {size(1.35)}; font-weight: 700; }}
    QLabel#verdictPartial {{ color: {c.partial}; background: {c.partial_bg}; border-left: 6px solid {c.partial};
                             padding: 8px; font-size: {size(1.35)}; font-weight: 700; }}
    QLabel#triedRight {{ color: {c.right}; background: {c.right_bg}; border-left: 4px solid {c.right}; padding: 6px; }}
    QLabel#triedWrong {{ color: {c.wrong}; background: {c.wrong_bg}; border-left: 4px solid {c.wrong}; padding: 6px; }}
    QLabel#timer {{ font-size: {size(1.2)}; font-weight: 600; }}
    QLabel#banner {{ background: {c.partial_bg}; color: {c.partial}; padding: 8px; }}
    QFrame#card {{ background: {c.card_bg}; border-radius: 8px; }}
    QPushButton {{ padding: 6px 14px; }}
    QListWidget::item {{ padding: 5px 3px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; border: {ring}px solid {c.control};
        background: {c.control_bg}; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + ring}px; }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.accent}, stop:0.55 {c.accent}, stop:0.62 {c.control_bg}, stop:1 {c.control_bg});
        border-color: {c.accent}; }}
    QCheckBox::indicator:checked {{ background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 {c.accent},
        stop:1 {c.accent}); border-color: {c.accent}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.muted}; }}
    QPushButton#primary {{ font-weight: 700; }}
    QRadioButton, QCheckBox {{ padding: 4px; spacing: 10px; }}
    """
