"""Render every screen of the app to PNG (used in the README): ``make screenshots``.

    python scripts/screenshots.py [OUTPUT_DIR] [--scale 2.0] [--theme dark]

Without --scale and --theme: every screen at 100 % and 200 % text in the light, dark and high-contrast
themes (one run each, as the app starts with one look). Plays through the built-in set on a throw-away data dir, so the pictures show real content.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from quiz_app.scores import ScoreStore  # noqa: E402
from quiz_app.session import RoundSettings, start_round  # noqa: E402
from quiz_app.ui.app import make_application  # noqa: E402
from quiz_app.ui.workers import wait_for_background  # noqa: E402


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", nargs="?", default="docs/screenshots")
    parser.add_argument("--scale", type=float, default=None, help="text size (2.0 = 200%%)")
    parser.add_argument("--theme", choices=["system", "light", "dark", "high_contrast"], default=None)
    args = parser.parse_args()
    if args.scale is None and args.theme is None:
        import subprocess

        for theme in ("light", "dark", "high_contrast"):
            for scale in ("1.0", "2.0"):
                code = subprocess.call([sys.executable, __file__, args.output, "--scale", scale, "--theme", theme])
                if code:
                    return code
        return 0
    args.scale = 1.0 if args.scale is None else args.scale
    args.theme = args.theme or "light"
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="quiz-shots-"))
    store = ScoreStore.open(data)
    store.create_profile("Mina", 1.5)
    store.close()
    (data / "settings.json").write_text(f'{{"text_scale": {args.scale}, "theme": "{args.theme}"}}', encoding="utf-8")

    app = make_application()
    from quiz_app.ui.main_window import MainWindow

    window = MainWindow.open_for(str(data))
    window.resize(1100, 780)
    window.show()
    # the sets are loaded just after the first paint, off the GUI thread: wait until they are listed
    import time

    deadline = time.monotonic() + 60
    while window.start_screen.current_set() is None and time.monotonic() < deadline:
        app.processEvents()
        wait_for_background()
        time.sleep(0.02)
    if window.start_screen.current_set() is None:
        raise SystemExit("the sets were not listed within 60 s")
    settle(app)
    suffix = ("" if args.scale == 1.0 else f"-{int(args.scale * 100)}") + ("" if args.theme == "light" else f"-{args.theme.replace('_', '-')}")

    def shot(name: str) -> None:
        settle(app)
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    # history for the progress screen: three scored rounds of rising skill
    key = window.start_screen.current_set()
    loaded = window.catalogue[key]
    # fixed seeds: the same questions in every theme and size, and no needless change between runs
    for seed, share in enumerate((0.4, 0.7, 0.9)):
        rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "scored", count=10, seed=seed),
                          store=window.store, profile=window.profile_id)
        for i in range(rnd.total):
            shown = rnd.current
            rnd.answer(_right(shown) if i < share * rnd.total else None)
    window._refresh_set_list()
    shot("01-start")

    by_type = {}
    for qtype in ("multiple_choice", "multiple_select", "ordering", "matching", "cite", "short_answer"):
        rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", types=(qtype,), count=1,
                                                        seed=3), store=window.store, profile=window.profile_id)
        window.begin_round(rnd, key)
        by_type[qtype] = rnd
        shot(f"02-question-{qtype.replace('_', '-')}")
    # a cloze passage (a drop-down and two word-bank gaps), then its feedback with one gap wrong
    cloze = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", types=("cloze",), count=5,
                                                      seed=3), store=window.store, profile=window.profile_id)
    while cloze.current is not None and cloze.current.question.id != "kw-111":
        cloze.answer(None)
    if cloze.current is not None:
        window.begin_round(cloze, key)
        shot("02-question-cloze")
        shown = cloze.current
        wrong = [g.answer for g in shown.question.gaps]
        wrong[-1] = next(w for w in shown.word_bank if w not in wrong)
        window.player._on_question_answer_submitted(wrong)
        shot("03-feedback-cloze")
    rnd = by_type["multiple_choice"]
    window.begin_round(rnd, key)
    wrong = next(i for i, c in enumerate(rnd.current.question.choices) if not c.correct)
    window.player._on_question_answer_submitted(wrong)
    shot("03-feedback")
    window.player._on_feedback_next_requested()
    shot("04-results")
    window.feedback_screen.read_source_requested.emit(rnd.summary().outcomes[0].result.evidence.source_id,
                                                      rnd.summary().outcomes[0].result.evidence.span)
    shot("05-source-reader")
    window._on_start_progress_requested()
    shot("06-progress")
    window._show_aside(window.settings_screen)
    shot("07-settings")
    review = start_round(loaded, RoundSettings.for_set(loaded.question_set, "review_mistakes", count=5, seed=4),
                         store=window.store, profile=window.profile_id)
    if review.total:
        window.begin_round(review, key)
        shot("08-review-mistake")
    window.close()
    window.store.close()
    return 0


def _right(shown):
    from quiz_app.grading import model_response

    return model_response(shown.question, shown.source)


if __name__ == "__main__":
    sys.exit(main())
