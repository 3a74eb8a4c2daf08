"""Colours, text size and the application style sheet: one place, so every screen scales together.

Four theme settings: "light", "dark", "high_contrast" and "system" (light or dark as the computer is set,
switching live when the student changes it there). Every focusable widget kind gets a focus ring of at
least 2 px in a colour that stands out against its background (WCAG 2.4.7), drawn by the style sheet here,
so no screen has to remember it.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

# Only what the start screen's look needs before its first paint. PySide6 makes a Qt type the first time
# Python names it, and the ``Qt`` namespace alone is 93 Python enums (1,195 members): 25 ms of a start at
# rest, 90-160 ms on a busy machine. It, and the types that draw the arrows, are imported where used.
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

BASE_POINT_SIZE = 11.0
#: the width of the focus ring, in pixels (WCAG asks at least 2)
FOCUS_RING = 2


# A named tuple, not a frozen dataclass: the same fields, read-only, made by keyword; the dataclass's generated
# methods for 27 fields took 1.2 ms of the way to the first paint
class Colours(NamedTuple):
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
    #: the ring around whatever has the keyboard focus
    focus: str = "#c2185b"
    #: the outline of a button or box without the focus (>= 3:1 against the window: you can see where it is)
    frame: str = "#767676"
    # the palette: window, text, boxes, buttons, selection
    window: str = "#fafafa"
    window_text: str = "#111111"
    base: str = "#ffffff"
    alternate_base: str = "#f0f1f3"
    text: str = "#111111"
    button: str = "#eceef1"
    button_text: str = "#111111"
    selection: str = "#1f5fbf"
    selection_text: str = "#ffffff"
    placeholder: str = "#6b6b6b"
    disabled: str = "#8a8a8a"


LIGHT = Colours(right="#1b5e20", right_bg="#e3f4e4", wrong="#a31515", wrong_bg="#fde8e8", partial="#8a5300",
                partial_bg="#fff3dc", highlight_bg="#ffe066", highlight_fg="#000000", muted="#555555",
                card_bg="#f4f5f7", accent="#1f5fbf", control="#444444", control_bg="#ffffff")
DARK = Colours(right="#8fdc93", right_bg="#1d3320", wrong="#ff9c9c", wrong_bg="#3d1d1d", partial="#ffc46b",
               partial_bg="#3a2d12", highlight_bg="#7a6200", highlight_fg="#ffffff", muted="#b8b8b8",
               card_bg="#2b2d31", accent="#7fb0ff", control="#d0d0d0", control_bg="#16171a",
               link="#7fb0ff", focus="#ffd24d", frame="#8c8f96",
               window="#1f2023", window_text="#eeeeee", base="#16171a", alternate_base="#2b2d31", text="#eeeeee",
               button="#2f3136", button_text="#eeeeee", selection="#3d6fc4", selection_text="#ffffff",
               placeholder="#9a9a9a", disabled="#777777")
#: white on black; text at least 7:1 and controls at least 4.5:1 (WCAG AAA), a yellow focus ring
HIGH_CONTRAST = Colours(right="#7dff7d", right_bg="#000000", wrong="#ffa0a0", wrong_bg="#000000",
                        partial="#ffd84d", partial_bg="#000000", highlight_bg="#ffff00", highlight_fg="#000000",
                        muted="#e6e6e6", card_bg="#000000", accent="#3ff0ff", control="#ffffff",
                        control_bg="#000000", link="#8cc8ff", focus="#ffff00", frame="#ffffff",
                        window="#000000", window_text="#ffffff", base="#000000", alternate_base="#1a1a1a",
                        text="#ffffff", button="#000000", button_text="#ffffff", selection="#3ff0ff",
                        selection_text="#000000", placeholder="#d0d0d0", disabled="#b0b0b0")

#: what each look is called in the settings file, and its colours
THEME_COLOURS = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}



class _Look:
    """What apply_theme last applied: the setting, the look it stands for now, the text size."""

    def __init__(self) -> None:
        self.setting = "light"
        self.theme = "light"
        self.scale = 1.0
        #: the computer's light/dark signal is connected (once per application)
        self.following = False
        #: where the arrow images are kept between starts (see :func:`arrow_image`)
        self.cache_dir: Path | None = None
        #: the style sheet of the look applied is still to be set (``apply_theme(..., sheet_later=True)``)
        self.sheet_pending = False


_applied = _Look()


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


def theme_for(setting: str, scheme: Qt.ColorScheme | None) -> str:
    """The look a theme setting gives: "system" is dark when the computer is set to dark, else light
    (also when it does not say); the other settings are themselves."""
    if setting == "system":
        from PySide6.QtCore import Qt

        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    return setting if setting in THEME_COLOURS else "light"


def palette_for(theme: str | bool) -> QPalette:
    """The palette of a look ("light", "dark", "high_contrast"; True/False: dark or light)."""
    if isinstance(theme, bool):
        theme = "dark" if theme else "light"
    c = THEME_COLOURS[theme]
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, c.window), (role.WindowText, c.window_text), (role.Base, c.base),
                      (role.AlternateBase, c.alternate_base), (role.ToolTipBase, c.alternate_base),
                      (role.ToolTipText, c.text), (role.Text, c.text), (role.Button, c.button),
                      (role.ButtonText, c.button_text), (role.Highlight, c.selection),
                      (role.HighlightedText, c.selection_text), (role.Link, c.link),
                      (role.PlaceholderText, c.placeholder), (role.BrightText, c.focus)):
        p.setColor(r, QColor(colour))
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.disabled))
    return p


def current_theme() -> str:
    """The look shown now: "light", "dark" or "high_contrast" (what "system" stands for at the moment)."""
    return _applied.theme


def is_dark(app: QApplication | None = None) -> bool:
    if app is None:
        instance = QApplication.instance()
        # Colours are only asked for while widgets exist, i.e. under a running QApplication.
        assert isinstance(instance, QApplication), "is_dark() needs a running QApplication"
        app = instance
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    return THEME_COLOURS[current_theme()]


#: the application property :func:`quiz_app.ui.app.make_application` sets when it made the application with
#: Qt's Fusion style already (``-style Fusion``): ``setStyle`` again would be a no-op that still makes Python's
#: QStyle type (its enums: 12-27 ms of the start) for the style object it returns
FUSION_FROM_THE_START = "historyQuizFusion"


def apply_theme(app: QApplication, theme: str, text_scale: float, cache_dir: Path | None = None, *,
                system_look_later: bool = False, sheet_later: bool = False) -> None:
    """Apply a theme setting ("system", "light", "dark", "high_contrast") and a text size (1.0 = normal) to
    the whole app. With "system", a change of the computer's light/dark preference switches the app too.

    ``cache_dir``: a folder where the style sheet's arrow images are kept from one start to the next (the
    window gives its data dir's ``cache``); without it they are drawn into a temporary folder for this run,
    or the one given before. ``system_look_later`` (the start, before the first paint): "system" takes the
    look it stood for at the last start, kept in ``cache_dir``, and :func:`confirm_system_look` asks the
    computer after the first paint (its answer is one of the Qt namespace's enums: see the imports); with
    nothing kept yet, the computer is asked now.

    ``sheet_later`` (the start): the palette and the font now, the style sheet when
    :func:`apply_pending_sheet` is called, once the start screen is built and before it is shown. Built
    under the style sheet, every widget's size and look asked while it is made went through the style sheet's
    rules (the start screen built 3-4 ms slower, put in the window 3 ms slower); set afterwards, Qt tells every
    widget once (most of that back: 0-3 ms less in all, round 15) and polishes each when first shown, with the
    same rules: the first frame is the same, pixel for pixel (tests/ui/test_round15_paint15.py)."""
    if app.property(FUSION_FROM_THE_START) is not True:
        app.setStyle("Fusion")
    hints = app.styleHints()
    if not _applied.following:
        # once per application: the signal is the platform's, the choice to follow it is the setting's
        hints.colorSchemeChanged.connect(lambda scheme: _on_system_scheme_changed(app, scheme))
        _applied.following = True
    if cache_dir is not None:
        _applied.cache_dir = cache_dir
    remembered = _remembered_system_look() if theme == "system" and system_look_later else None
    if remembered is not None:
        look = remembered
    else:
        look = theme_for(theme, hints.colorScheme()) if theme == "system" else theme_for(theme, None)
    _applied.setting, _applied.theme, _applied.scale = theme, look, text_scale
    app.setPalette(palette_for(look))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)
    _applied.sheet_pending = sheet_later
    if not sheet_later:
        app.setStyleSheet(style_sheet(text_scale, THEME_COLOURS[look], _applied.cache_dir))


def apply_pending_sheet(app: QApplication) -> None:
    """Set the style sheet ``apply_theme(..., sheet_later=True)`` left to set (nothing when none is left)."""
    if _applied.sheet_pending:
        _applied.sheet_pending = False
        app.setStyleSheet(style_sheet(_applied.scale, colours(), _applied.cache_dir))


#: in the cache folder: the look "system" stood for when last asked ({"look": "dark"})
SYSTEM_LOOK_FILE = "system-look.json"


def _remembered_system_look() -> str | None:
    """The look kept by :func:`confirm_system_look` at the last start, or None (none kept, or a file that is
    damaged or says something else: the computer is then asked)."""
    if _applied.cache_dir is None:
        return None
    try:
        kept = json.loads((_applied.cache_dir / SYSTEM_LOOK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    look = kept.get("look") if isinstance(kept, dict) else None
    return look if look in ("light", "dark") else None


def confirm_system_look(app: QApplication) -> None:
    """After the first paint: with the "system" setting, ask the computer which look it stands for now, keep
    the answer for the next start, and switch when it differs from the one kept (the computer was switched
    between two starts: the window then changes as it does when switched while open)."""
    if _applied.setting == "system":
        _system_look_is(app, theme_for("system", app.styleHints().colorScheme()))


def _system_look_is(app: QApplication, look: str) -> None:
    """The computer says "system" stands for ``look``: keep it for the next start, and switch to it."""
    if look != _remembered_system_look() and _applied.cache_dir is not None:
        from question_bank.atomic import atomic_write

        try:
            _applied.cache_dir.mkdir(parents=True, exist_ok=True)
            atomic_write(_applied.cache_dir / SYSTEM_LOOK_FILE, json.dumps({"look": look}))
        except OSError:
            pass  # not kept: the next start asks the computer before its first paint, as without a cache
    if look != _applied.theme:
        _applied.theme = look
        _applied.sheet_pending = False
        app.setPalette(palette_for(look))
        app.setStyleSheet(style_sheet(_applied.scale, colours(), _applied.cache_dir))


def _on_system_scheme_changed(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if _applied.setting != "system" or theme_for("system", scheme) == _applied.theme:
        return
    _system_look_is(app, theme_for("system", scheme))


#: the drawing of the arrows: a change to it (points, size, colours' use) takes a new number, so the files an
#: older version kept in a data dir's cache are drawn again, not shown
ARROWS_VERSION = 1
_PNG_START, _PNG_END = b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"
_arrow_dir: list[Path] = []
#: the arrow files checked (or drawn) in this run: the style sheet names some twice, and is made again for
#: each change of text size or theme
_whole_arrows: set[Path] = set()


def _arrow_folder(cache_dir: Path | None) -> Path:
    if cache_dir is not None:
        folder = Path(cache_dir) / f"arrows-{ARROWS_VERSION}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            pass  # a folder that cannot be made (read-only, a file in the way): this run's temporary one
    if not _arrow_dir:
        _arrow_dir.append(Path(tempfile.mkdtemp(prefix="history-quiz-arrows-")))
        atexit.register(shutil.rmtree, _arrow_dir[0], True)
    return _arrow_dir[0]


def _whole_png(path: Path) -> bool:
    """The file is there and is a whole PNG (its signature and its last chunk): a file cut short by a full
    disk or a crash, or damaged since, is drawn again rather than shown as a missing arrow."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(1 << 16)
    except OSError:
        return False
    return data.startswith(_PNG_START) and data.endswith(_PNG_END)


def arrow_image(direction: str, colour: str, size: int, cache_dir: Path | None = None) -> str:
    """A small triangle ("up" or "down") in ``colour``, ``size`` pixels square, for the style sheet's
    ``image: url(...)``, or a tick ("tick") for a checked check box. A style sheet that draws a spin box's or
    combo box's frame (for the focus ring) must draw its arrows too, and it takes them only from files; one that
    draws a check box's box (its ring grows with the text) must draw its tick, or a checked box is a filled
    square that says "checked" by its colour alone.

    PNG files, drawn here with the polygon the SVG files had (a 16-unit square scaled to ``size``), with an
    ``@2x`` twice as big that Qt takes on a 200 % screen: an SVG file loaded Qt's SVG library and its two
    plugins at the first paint, 3-4 MB of the start screen's memory for four triangles. Kept in
    ``cache_dir/arrows-N`` between starts (named by direction, colour and size, N the drawing's version): a
    later start only checks they are whole, and never makes the types that draw them (QImage, QPainter and
    the Qt namespace: 10-30 ms); without ``cache_dir``, in a temporary folder for this run."""
    folder = _arrow_folder(cache_dir)
    stem = f"{direction}-{colour.lstrip('#')}-{size}"
    path = folder / f"{stem}.png"
    for pixels, name in ((size, f"{stem}.png"), (2 * size, f"{stem}@2x.png")):
        if folder / name not in _whole_arrows:
            if not _whole_png(folder / name):
                _draw_arrow(folder / name, direction, colour, pixels)
            _whole_arrows.add(folder / name)
    return path.as_posix()


def _draw_arrow(path: Path, direction: str, colour: str, pixels: int) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter, QPolygonF

    from question_bank.atomic import atomic_path

    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / 16, pixels / 16)
    if direction == "tick":
        from PySide6.QtGui import QPen

        pen = QPen(QColor(colour), 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in ((2.5, 8.5), (6.5, 12.5), (13.5, 3.5))]))
    else:
        points = ((1, 11), (8, 3), (15, 11)) if direction == "up" else ((1, 5), (8, 13), (15, 5))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    painter.end()
    try:
        # whole or not at all: two windows starting at once, or a start cut short, never leave half a file
        with atomic_path(path) as tmp:
            writer = QImageWriter(str(tmp), b"png")  # the format named: the temporary name ends in .tmp
            if not writer.write(image):
                raise OSError(f"could not write {path}: {writer.errorString()}")
    except OSError:
        pass  # the arrow is then missing from this box: the box, its frame and its focus ring still work


def style_sheet(scale: float, c: Colours, cache_dir: Path | None = None) -> str:
    """The application style sheet for a text size and colours (``cache_dir``: see :func:`arrow_image`)."""
    pt = BASE_POINT_SIZE * scale

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    # indicators grow with the text; a 2 px ring in the text colour shows them on either background
    box = max(16, round(16 * scale))
    ring = 2
    arrow = max(10, round(10 * scale))
    # Scroll bars drawn by these rules, flat: the platform style's (Fusion) took 8 ms a paint under a style
    # sheet, half of the feedback screen's paint; these 0.1 ms. The handle is 3:1 against its groove or more.
    bar = max(14, round(14 * scale))
    # The focus ring: the unfocused outline is 1 px with 1 px more padding, the focused one FOCUS_RING px
    # with that much less, so a widget keeps its size (and the layout stays still) as the focus moves. A box
    # keeps 1 px of its inside between the ring and a selected row, so the ring is seen against the inside.
    f = FOCUS_RING
    boxes = ("QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QDoubleSpinBox, QComboBox, "
             "QListView, QTreeView, QTableView")
    focused_boxes = ", ".join(f"{w.strip()}:focus" for w in boxes.split(","))

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
    QLabel#bannerOk {{ background: {c.right_bg}; color: {c.right}; padding: 8px; }}
    QFrame#card {{ background: {c.card_bg}; border-radius: 8px; }}

    QPushButton {{ color: {c.button_text}; background: {c.button}; border: 1px solid {c.frame};
        border-radius: 4px; padding: 7px 15px; }}
    QPushButton:hover {{ background: {c.alternate_base}; }}
    QPushButton:pressed, QPushButton:checked {{ color: {c.selection_text}; background: {c.selection}; }}
    QPushButton:disabled {{ color: {c.disabled}; border-color: {c.disabled}; }}
    QPushButton:focus {{ border: {f}px solid {c.focus}; padding: {8 - f}px {16 - f}px; }}
    QPushButton#primary {{ font-weight: 700; }}

    {boxes} {{ color: {c.text}; background: {c.base}; border: 1px solid {c.frame}; padding: 2px;
        selection-color: {c.selection_text}; selection-background-color: {c.selection}; }}
    QComboBox {{ padding: 3px 6px; }}
    {focused_boxes} {{ border: {f}px solid {c.focus}; padding: {3 - f}px; }}
    QComboBox:focus {{ padding: {4 - f}px {7 - f}px; }}
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: {arrow + 8}px;
        border: none; }}
    QComboBox::down-arrow {{ image: url("{arrow_image("down", c.text, arrow, cache_dir)}"); width: {arrow}px; height: {arrow}px; }}
    QComboBox::down-arrow:disabled {{ image: url("{arrow_image("down", c.disabled, arrow, cache_dir)}"); }}
    QSpinBox, QDoubleSpinBox {{ padding-right: {arrow + 10}px; }}
    QSpinBox:focus, QDoubleSpinBox:focus {{ padding-right: {arrow + 11 - f}px; }}
    QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right;
        width: {arrow + 8}px; border: none; border-left: 1px solid {c.frame}; background: {c.button}; margin: 1px; }}
    QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-origin: border;
        subcontrol-position: bottom right; width: {arrow + 8}px; border: none; border-left: 1px solid {c.frame};
        background: {c.button}; margin: 1px; }}
    QSpinBox::up-button:pressed, QDoubleSpinBox::up-button:pressed, QSpinBox::down-button:pressed,
    QDoubleSpinBox::down-button:pressed {{ background: {c.selection}; }}
    QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url("{arrow_image("up", c.text, arrow, cache_dir)}");
        width: {arrow}px; height: {arrow}px; }}
    QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url("{arrow_image("down", c.text, arrow, cache_dir)}");
        width: {arrow}px; height: {arrow}px; }}
    QListView::item {{ padding: 5px 3px; }}
    QListView::item:selected {{ color: {c.selection_text}; background: {c.selection}; }}
    QProgressBar {{ border: 1px solid {c.frame}; border-radius: 3px; background: {c.base}; color: {c.text};
        text-align: center; }}
    QProgressBar::chunk {{ background: {c.accent}; }}
    QScrollArea {{ border: {f}px solid transparent; }}
    QScrollArea:focus {{ border-color: {c.focus}; }}
    QScrollBar:vertical {{ background: {c.alternate_base}; width: {bar}px; }}
    QScrollBar:horizontal {{ background: {c.alternate_base}; height: {bar}px; }}
    QScrollBar::handle {{ background: {c.frame}; border: 3px solid {c.alternate_base}; }}
    QScrollBar::handle:vertical {{ min-height: {2 * bar}px; }}
    QScrollBar::handle:horizontal {{ min-width: {2 * bar}px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.control}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

    QTabBar::tab {{ color: {c.button_text}; background: {c.button}; border: 1px solid {c.frame};
        padding: 7px 13px; margin-right: 2px; }}
    QTabBar::tab:selected {{ background: {c.base}; font-weight: 600; }}
    QTabBar::tab:focus {{ border: {f}px solid {c.focus}; padding: {8 - f}px {14 - f}px; }}

    QRadioButton, QCheckBox {{ padding: 4px; spacing: 10px; border: {f}px solid transparent; border-radius: 4px; }}
    QRadioButton:focus, QCheckBox:focus {{ border-color: {c.focus}; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; border: {ring}px solid {c.control};
        background: {c.control_bg}; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + ring}px; }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.accent}, stop:0.55 {c.accent}, stop:0.62 {c.control_bg}, stop:1 {c.control_bg});
        border-color: {c.accent}; }}
    QCheckBox::indicator:checked {{ background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 {c.accent},
        stop:1 {c.accent}); border-color: {c.accent};
        image: url("{arrow_image("tick", c.control_bg, box, cache_dir)}"); }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.muted}; }}
    """


def draw_focus_ring(painter: QPainter, widget: QWidget) -> None:
    """The style sheet's focus ring on a widget that paints itself (a chart): call it in ``paintEvent``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPen

    if not widget.hasFocus():
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(QColor(colours().focus), FOCUS_RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_RING / 2
    painter.drawRect(widget.rect().toRectF().adjusted(half, half, -half, -half))
    painter.restore()
