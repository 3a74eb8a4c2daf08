"""What the theme keeps in the data dir's cache between starts: the style sheet's arrow images and the look the
"system" setting stood for. A file that is damaged or from another version is made again, never shown."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from quiz_app.ui import theme
from quiz_app.ui.theme import (
    THEME_COLOURS,
    apply_theme,
    arrow_image,
    confirm_system_look,
    current_theme,
    style_sheet,
)


@pytest.fixture
def app(qapp):
    """The application, with the theme's cache forgotten and the light look back afterwards."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    theme._whole_arrows.clear()
    yield instance
    theme._applied.cache_dir = None
    theme._whole_arrows.clear()
    apply_theme(instance, "light", 1.0)


def _arrow_pixels(path: str) -> tuple[int, int, int]:
    """The size of an arrow image and how many of its pixels are drawn."""
    image = QImage(path)
    drawn = sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0)
    return image.width(), image.height(), drawn


def test_arrows_are_kept_in_the_cache_and_a_damaged_one_is_drawn_again(app, tmp_path):
    path = arrow_image("down", "#111111", 10, tmp_path)
    assert path == (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").as_posix()
    width, height, drawn = _arrow_pixels(path)
    assert (width, height) == (10, 10) and 0 < drawn < 100
    assert _arrow_pixels(path.replace(".png", "@2x.png"))[:2] == (20, 20)  # for a 200 % screen
    kept = (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").read_bytes()
    # a later start (a new run: nothing checked yet) finds the file whole and leaves it as it is
    theme._whole_arrows.clear()
    (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").touch()
    assert arrow_image("down", "#111111", 10, tmp_path) == path
    assert (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").read_bytes() == kept
    # cut short (a full disk, a crash while writing) or not a PNG at all: drawn again
    for damage in (kept[: len(kept) // 2], b"", b"not a picture"):
        (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").write_bytes(damage)
        theme._whole_arrows.clear()
        arrow_image("down", "#111111", 10, tmp_path)
        assert (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").read_bytes() == kept
    assert not [p for p in (tmp_path / f"arrows-{theme.ARROWS_VERSION}").iterdir() if p.suffix == ".tmp"]


def test_a_new_drawing_version_or_another_theme_or_size_gets_its_own_arrows(app, tmp_path, monkeypatch):
    light = style_sheet(1.0, THEME_COLOURS["light"], tmp_path)
    dark = style_sheet(1.0, THEME_COLOURS["dark"], tmp_path)
    bigger = style_sheet(2.0, THEME_COLOURS["light"], tmp_path)
    folder = tmp_path / f"arrows-{theme.ARROWS_VERSION}"
    assert f"{folder.as_posix()}/down-111111-10.png" in light  # the light text colour, 10 px
    assert f"{folder.as_posix()}/down-eeeeee-10.png" in dark
    assert f"{folder.as_posix()}/down-111111-20.png" in bigger
    assert _arrow_pixels((folder / "down-111111-20.png").as_posix())[:2] == (20, 20)
    monkeypatch.setattr(theme, "ARROWS_VERSION", theme.ARROWS_VERSION + 1)
    theme._whole_arrows.clear()
    newer = style_sheet(1.0, THEME_COLOURS["light"], tmp_path)
    assert f"arrows-{theme.ARROWS_VERSION}/down-111111-10.png" in newer
    assert (tmp_path / f"arrows-{theme.ARROWS_VERSION}" / "down-111111-10.png").is_file()


def test_a_cache_folder_that_cannot_be_made_leaves_the_arrows_in_a_temporary_one(app, tmp_path):
    (tmp_path / "cache").write_text("a file where the folder would be")
    path = arrow_image("up", "#111111", 10, tmp_path / "cache")
    assert not path.startswith((tmp_path / "cache").as_posix())
    assert _arrow_pixels(path)[2] > 0


def test_the_system_look_is_the_one_kept_until_the_computer_is_asked_after_the_paint(app, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / theme.SYSTEM_LOOK_FILE).write_text(json.dumps({"look": "dark"}), encoding="utf-8")
    apply_theme(app, "system", 1.0, cache, system_look_later=True)
    assert current_theme() == "dark"  # what the computer said at the last start
    assert app.palette().color(QPalette.ColorRole.Window).name() == THEME_COLOURS["dark"].window
    asked = theme.theme_for("system", app.styleHints().colorScheme())
    confirm_system_look(app)  # just after the first paint
    assert current_theme() == asked
    assert app.palette().color(QPalette.ColorRole.Window).name() == THEME_COLOURS[asked].window
    assert json.loads((cache / theme.SYSTEM_LOOK_FILE).read_text(encoding="utf-8")) == {"look": asked}
    # a setting that is not "system" neither reads nor writes what is kept
    (cache / theme.SYSTEM_LOOK_FILE).write_text(json.dumps({"look": "dark"}), encoding="utf-8")
    apply_theme(app, "high_contrast", 1.0, cache, system_look_later=True)
    confirm_system_look(app)
    assert current_theme() == "high_contrast"
    assert json.loads((cache / theme.SYSTEM_LOOK_FILE).read_text(encoding="utf-8")) == {"look": "dark"}


@pytest.mark.parametrize("kept", ["{not json", json.dumps({"look": "purple"}), json.dumps(["dark"]), ""])
def test_a_damaged_kept_look_is_ignored_and_the_computer_asked_at_once(app, tmp_path, kept):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / theme.SYSTEM_LOOK_FILE).write_text(kept, encoding="utf-8")
    apply_theme(app, "system", 1.0, cache, system_look_later=True)
    asked = theme.theme_for("system", app.styleHints().colorScheme())
    assert current_theme() == asked
    confirm_system_look(app)
    assert json.loads((cache / theme.SYSTEM_LOOK_FILE).read_text(encoding="utf-8")) == {"look": asked}


def test_a_live_switch_of_the_computer_is_kept_for_the_next_start(app, tmp_path):
    from PySide6.QtCore import Qt

    cache = tmp_path / "cache"
    apply_theme(app, "system", 1.0, cache, system_look_later=True)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop sends it
    assert current_theme() == "dark"
    assert json.loads((cache / theme.SYSTEM_LOOK_FILE).read_text(encoding="utf-8")) == {"look": "dark"}


@pytest.mark.parametrize("look", ["light", "dark", "high_contrast"])
def test_a_checked_box_shows_a_tick_not_only_a_filled_square(app, tmp_path, look):
    """A checked check box says so by a tick in the inside colour of an empty box, drawn on the accent; an unchecked
    one has no accent at all. Before, a checked box was a filled square: its state said by colour alone."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox

    apply_theme(app, look, 1.0, tmp_path)
    c = THEME_COLOURS[look]
    shots = {}
    for checked in (True, False):
        box = QCheckBox("Dates")
        box.setChecked(checked)
        box.resize(box.sizeHint())
        box.ensurePolished()
        image = box.grab().toImage()
        # the indicator: the square at the left, as tall as the box's 16 px plus its ring
        colours = {image.pixelColor(QPoint(x, y)).name() for x in range(4, 26) for y in range(image.height())}
        shots[checked] = colours
        box.deleteLater()
    assert c.accent in shots[True] and c.control_bg in shots[True]
    assert c.accent not in shots[False]
    tick = [p for p in (tmp_path / f"arrows-{theme.ARROWS_VERSION}").iterdir() if p.name.startswith("tick-")]
    assert len(tick) == 2  # the tick and its @2x for a 200 % screen
