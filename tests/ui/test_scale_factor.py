"""200 % screen scaling (QT_SCALE_FACTOR=2) on a 1366 x 768 school laptop: the window fits the screen and
its bottom buttons are on it (the window was as tall as the screen, its buttons below the bottom edge).

The app runs in a child process, as scaling is fixed when Qt starts; the offscreen platform is given the
laptop's screen by a configuration file (``offscreen:configfile=``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: a window manager's title bar and borders come on top of the window (the offscreen platform draws none)
FRAME_ROOM = 30

CHILD = r"""
import json, sys
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.app import make_application
from quiz_app.ui.main_window import MainWindow
from quiz_app.ui.workers import wait_for_background

data = sys.argv[1]
store = ScoreStore.open(data)
store.create_profile("Mina", 1.0)
store.close()
app = make_application()
window = MainWindow.open_for(data)
window.show()
for _ in range(50):
    wait_for_background()
    app.processEvents()
    if window.start_screen.set_list.count():
        break

def on_screen(widget):
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height(), widget.isVisible()]

def window_shown():
    g = window.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]

out = {"scale": window.screen().devicePixelRatio(), "available": list(window.screen().availableGeometry().getRect()),
       "window": window_shown(), "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
       "buttons": {"start: Start": on_screen(window.start_screen.start_button)}}
key = window.start_screen.current_set()
loaded = window.catalogue[key]
rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", count=2, seed=1,
                                                types=("multiple_choice",)), store=window.store, profile=window.profile_id)
window.begin_round(rnd, key)
app.processEvents()
out["buttons"]["question: Answer"] = on_screen(window.question_screen.submit_button)
window.player._on_question_answer_submitted(0)
app.processEvents()
out["buttons"]["feedback: Next"] = on_screen(window.feedback_screen.next_button)
out["window after the round"] = window_shown()
print("GEOMETRY " + json.dumps(out))
window.player.stop()
window.close()
window.store.close()
"""


def test_the_window_and_its_buttons_fit_a_laptop_screen_at_200_percent_scaling(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": "2",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    (tmp_path / "data").mkdir()
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], env=env, capture_output=True,
                          text=True, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("GEOMETRY ")), None)
    assert line, f"the app did not report its geometry:\n{done.stdout}\n{done.stderr}"
    shown = json.loads(line.split(" ", 1)[1])
    if shown["scale"] != 2.0:
        pytest.fail(f"QT_SCALE_FACTOR=2 did not take effect here (device pixel ratio {shown['scale']})")
    ax, ay, aw, ah = shown["available"]
    assert (aw, ah) == (683, 384)  # 1366 x 768 at 200 %
    for when in ("window", "window after the round"):
        x, y, w, h = shown[when]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, (when, shown[when], shown["available"])
        # with a title bar on top it still fits
        assert h + FRAME_ROOM <= ah, (when, h)
    for name, (x, y, w, h, visible) in shown["buttons"].items():
        assert visible, name
        assert ax <= x and x + w <= ax + aw and ay <= y and y + h <= ay + ah, (name, [x, y, w, h])
