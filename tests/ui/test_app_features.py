"""Resume, progress, plain-text safety, bad files, text size, settings, source reader."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication
from ui_helpers import answer_by_keyboard, write_set

from quiz_app.settings import SETTINGS_FILE
from quiz_app.ui.workers import wait_for_background


def test_resume_after_an_interrupted_round(qtbot, make_window):
    window = make_window()
    window.start_screen.select_mode("scored")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    rnd = window.round
    first_ids = [p.question.id for p in rnd.presented]
    for _ in range(3):
        answer_by_keyboard(qtbot, window, rnd.current)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    round_id = rnd.round_id
    # the window goes away without finishing (a crash: the answers were committed one by one)
    window.player.stop()
    window.close()
    window.store.close()

    again = make_window()
    assert not again.start_screen.resume_box.isHidden()
    assert "3 of 10 questions answered" in again.start_screen.resume_label.text()
    qtbot.mouseClick(again.start_screen.resume_button, Qt.MouseButton.LeftButton)
    # the second start lists the set from its record: it is opened off the GUI thread, then resumed
    qtbot.waitUntil(lambda: again.round is not None, timeout=30000)
    resumed = again.round
    assert resumed.round_id == round_id
    assert [p.question.id for p in resumed.presented] == first_ids
    assert again.question_screen.progress_label.text() == "Question 4 of 10"
    assert again.question_screen.score_label.text() == "Score: 3 / 3"


def test_progress_chart_is_fed_from_the_store(qtbot, make_window):
    window = make_window()
    window.start_screen.select_mode("scored")
    window.start_screen.count_spin.setValue(4)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    for i in range(4):
        answer_by_keyboard(qtbot, window, window.round.current, right=i != 0)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    percent = window.round.summary().percent
    qtbot.mouseClick(window.results_screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.start_screen.progress_button, Qt.MouseButton.LeftButton)
    progress = window.progress_screen
    assert window.current_screen is progress
    history = window.store.round_history(window.profile_id, modes=["scored"])
    assert [p for _, p in progress.chart.points] == [history[0].percent] == [percent]
    assert "1 scored round" in progress.summary.text()
    answered_bars = [b for b in progress.topic_bars.values() if "right" in b.format()]
    assert answered_bars  # topics answered show "n of m right"
    statuses = [progress.paragraph_list.item(i).text() for i in range(progress.paragraph_list.count())]
    assert any("mastered" in s or "keep missing" in s or "getting there" in s for s in statuses)
    assert any("not practised yet" in s for s in statuses)


def test_html_in_a_set_is_shown_literally(qtbot, make_window, data_dir, builtin_set):
    data = builtin_set.model_dump(mode="json", exclude_none=True)
    data["id"], data["title"] = "html", "<b>Bold</b> set"
    mc = next(q for q in data["questions"] if q["type"] == "multiple_choice")
    mc["prompt"] = '<img src="http://example.com/x.png"><b>Who</b> led the North?'
    mc["choices"][0]["text"] = "<i>" + mc["choices"][0]["text"] + "</i>"
    mc["explanation"] = "<script>alert(1)</script> because"
    data["questions"] = [mc]
    write_set(data_dir / "sets", data, "html.json")
    window = make_window()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() == 2)
    texts = [window.start_screen.set_list.item(i).text() for i in range(2)]
    assert any(t.startswith("<b>Bold</b> set") for t in texts)
    window.start_screen.set_list.setCurrentRow(next(i for i, t in enumerate(texts) if "<b>" in t))
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.question_screen
    assert screen.prompt.text() == mc["prompt"]
    assert screen.prompt.textFormat() == Qt.TextFormat.PlainText
    assert any(label.text().startswith("<i>") for label in screen.input.labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in screen.input.labels)
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    fb = window.feedback_screen
    assert fb.explanation.text() == "Why: <script>alert(1)</script> because"
    assert fb.explanation.textFormat() == Qt.TextFormat.PlainText
    assert fb.prompt.text() == mc["prompt"]


def test_a_bad_file_shows_the_problems_and_the_app_goes_on(qtbot, make_window, tmp_path, builtin_set):
    window = make_window()
    broken = tmp_path / "broken.json"
    data = builtin_set.model_dump(mode="json", exclude_none=True)
    data["id"] = "broken"
    data["questions"][0]["evidence"]["quote"] = "Kim Il Sung invaded Japan in 1066"
    data["questions"][1]["colour"] = "red"
    broken.write_text(json.dumps(data, indent=1), encoding="utf-8")
    window.open_set_file(str(broken))
    qtbot.waitUntil(lambda: window.problems_dialog is not None and window.problems_dialog.isVisible(), timeout=10000)
    text = window.problems_dialog.details.toPlainText()
    assert "questions[0].evidence.quote" in text and "not in source" in text and "closest passage" in text
    assert "unknown field 'colour'" in text and "line " in text
    assert "cannot be opened" in window.problems_dialog.heading.text()
    qtbot.mouseClick(window.problems_dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.start_screen.set_list.count() == 1  # the broken file was not added; the app goes on

    not_json = tmp_path / "notes.json"
    not_json.write_bytes(b"\xff\xfe{\x00")
    window.open_set_file(str(not_json))
    qtbot.waitUntil(lambda: window.problems_dialog is not None and window.problems_dialog.isVisible(), timeout=10000)
    text = window.problems_dialog.details.toPlainText()  # read as UTF-16: the "{" is found, then the JSON stops
    assert "the file ends early" in text and "line 1, column 1" in text
    window.problems_dialog.close()
    wait_for_background()


def test_text_size_shortcuts_and_settings_saved(qtbot, make_window, data_dir):
    window = make_window()
    app = QApplication.instance()
    before = app.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_scale > 1.0
    assert app.font().pointSizeF() > before
    saved = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert saved["text_scale"] == window.settings.text_scale
    # the settings screen shows the same value and changes the theme
    qtbot.mouseClick(window.start_screen.settings_button, Qt.MouseButton.LeftButton)
    settings = window.settings_screen
    assert window.current_screen is settings
    assert settings.text_size.currentData() == window.settings.text_scale
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    assert app.palette().color(app.palette().ColorRole.Window).lightness() < 128
    bigger = window.settings.text_scale
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_scale < bigger  # Ctrl+- is bound once, so Qt does not drop it as ambiguous
    saved = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert saved["theme"] == "dark" and saved["text_scale"] == window.settings.text_scale
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settings.theme.setCurrentIndex(settings.theme.findData("light"))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen is window.start_screen


def test_corrupt_settings_fall_back_to_defaults_with_a_message(qtbot, make_window, data_dir):
    (data_dir / SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    window = make_window()
    assert window.settings.text_scale == 1.0
    assert "could not be read" in window.start_screen.banner.text()


def test_source_reader_lists_the_questions_citing_a_passage(qtbot, make_window, builtin_set):
    window = make_window()
    qtbot.mouseClick(window.start_screen.source_button, Qt.MouseButton.LeftButton)
    reader = window.source_screen
    assert window.current_screen is reader
    assert len(reader.passages) > 20
    assert "canadahistory.com" in reader.citation.text()
    target = next(i for i, p in enumerate(reader.passages) if len(p.question_ids) >= 2)
    reader.text_view.anchorClicked.emit(QUrl(f"passage:{target}"))
    listed = [reader.question_list.item(i).text() for i in range(reader.question_list.count())]
    expected = [builtin_set.question(q) for q in reader.passages[target].question_ids]
    assert len(listed) == len(expected) >= 2
    assert listed[0].startswith(expected[0].prompt)
    assert "is cited by" in reader.passage_title.text()
    # the highlights are real links in the text
    assert reader.text_view.toHtml().count("passage:") == len(reader.passages)
    qtbot.mouseClick(reader.back_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.current_screen is window.start_screen


def test_new_student_and_accessible_names(qtbot, make_window):
    window = make_window(student=None)
    start = window.start_screen
    assert not start.start_button.isEnabled()
    assert "Add a student" in start.status.text()
    window.start_screen.profile_create_requested.emit("Jae-won", 1.5)
    assert start.profile_combo.currentText() == "Jae-won"
    assert start.start_button.isEnabled()
    assert window.store.profile_by_name("Jae-won").extra_time_factor == 1.5
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget

    unnamed = []
    for screen in (start, window.question_screen, window.feedback_screen, window.results_screen,
                   window.progress_screen, window.source_screen, window.settings_screen):
        for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QListWidget):
            for w in screen.findChildren(kind):
                if isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox):
                    continue  # the spin box's own editor; the spin box carries the name
                if not w.accessibleName():
                    unnamed.append(f"{type(screen).__name__}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r}")
    assert unnamed == []


def test_student_exports_results_for_the_class_report(qtbot, make_window, tmp_path):
    import csv

    window = make_window()
    window.start_screen.select_mode("scored")
    window.start_screen.count_spin.setValue(3)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    for _ in range(3):
        answer_by_keyboard(qtbot, window, window.round.current)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    out = tmp_path / "mina.csv"
    assert window.export_results(str(out)) == 3
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 and {r["profile"] for r in rows} == {"Mina"}
    assert "Give this file to your teacher" in window.statusBar().currentMessage()
    # the teacher's class report screen opens from the menu and reads this machine's results
    window.report_action.trigger()
    assert window.current_screen is window.report_screen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_screen is window.start_screen


def test_results_print_button_opens_the_print_dialog(qtbot, make_window):
    window = make_window()
    window.start_screen.count_spin.setValue(2)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    for _ in range(2):
        answer_by_keyboard(qtbot, window, window.round.current)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.results_screen.print_button.isVisible()
    qtbot.mouseClick(window.results_screen.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.player.print_dialog is not None and window.player.print_dialog.isVisible())
    window.player.print_dialog.reject()


def test_teacher_tries_a_set_from_the_editor_without_recording_scores(qtbot, make_window, data_dir):
    window = make_window()
    window.editor_action.trigger()
    editor = window.editor
    qtbot.addWidget(editor)
    assert editor.isVisible()
    text = "The Berlin Airlift began in June 1948. Allied planes flew supplies into West Berlin for about 11 months."
    editor.new_set_from_text(text, "Berlin Airlift")
    source_id = editor.data["sources"][0]["id"]
    editor.add_questions([{
        "type": "numeric", "id": "months", "prompt": "For about how many months did the airlift fly supplies?",
        "topics": ["dates"], "explanation": "The text says the planes flew for about 11 months.",
        "evidence": {"source": source_id, "quote": "for about 11 months"}, "value": 11, "unit": "months"}])
    rounds_before = len(window.store.round_history(window.profile_id))
    editor.try_as_student()
    qtbot.waitUntil(lambda: window.current_screen is window.question_screen, timeout=5000)
    assert window.round.question_set.title == "Berlin Airlift"
    qtbot.keyClicks(window.question_screen.input.edit, "11")
    qtbot.keyClick(window.question_screen.input.edit, Qt.Key.Key_Return)
    assert window.feedback_screen.verdict.text().startswith("✓")
    assert len(window.store.round_history(window.profile_id)) == rounds_before  # nothing recorded
    # the set being tried is not offered to students; once saved into the sets folder it is
    window._go_start()
    titles = [window.start_screen.set_list.item(i).text() for i in range(window.start_screen.set_list.count())]
    assert not any("Berlin" in t for t in titles)
    editor.save()
    qtbot.waitUntil(lambda: any("Berlin" in window.start_screen.set_list.item(i).text()
                                for i in range(window.start_screen.set_list.count())), timeout=10000)
    editor.close()
    wait_for_background()


def test_a_corrupt_score_file_is_moved_aside_and_the_student_is_told(qtbot, make_window, data_dir):
    (data_dir / "scores.sqlite3").write_bytes(b"this is not a database" * 200)
    window = make_window(student=None)
    banner = window.start_screen.banner
    assert banner.isVisible() and "damaged" in banner.text().lower()
    kept = [p for p in data_dir.iterdir() if p.name.startswith("scores") and p.name != "scores.sqlite3"
            and not p.name.endswith(("-wal", "-shm"))]
    assert kept and kept[0].read_bytes().startswith(b"this is not a database")
    window.start_screen.profile_create_requested.emit("Ana", 1.0)
    assert window.store.profile_by_name("Ana") is not None  # a fresh store works


def test_window_size_is_remembered_and_unreadable_geometry_falls_back(qtbot, make_window):
    from PySide6.QtCore import QByteArray, QSettings

    QSettings().setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb\x00\x09garbage"))
    window = make_window()
    available = QApplication.primaryScreen().availableGeometry()
    # the default size (as much of 1100 x 780 as the screen has, leaving room for the window's frame),
    # not Qt's minimum
    assert (window.width(), window.height()) == (min(1100, available.width() - 16),
                                                 min(780, available.height() - 48))
    window.resize(700, 500)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (700, 500)


def test_the_window_fits_a_small_screen_at_200_percent(qtbot, make_window):
    # 1280 x 800 at a scale factor of 2 is 640 x 400 points: the minimum size must fit inside it
    window = make_window()
    assert window.minimumWidth() <= 640 and window.minimumHeight() <= 400


def test_an_opened_set_is_offered_again_after_a_restart_and_same_titles_are_told_apart(
        qtbot, make_window, tmp_path, builtin_set):
    copy = tmp_path / "my copy.json"
    data = builtin_set.model_dump(mode="json", exclude_none=True)
    data["id"] = "my-copy"
    copy.write_text(json.dumps(data), encoding="utf-8")
    window = make_window()
    window.open_set_file(str(copy))
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() == 2, timeout=10000)
    window.close()
    window.store.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.start_screen.set_list.count() == 2, timeout=10000)
    titles = sorted(again.start_screen.set_list.item(i).text().split("\n")[0] for i in range(2))
    assert titles == sorted([f"{builtin_set.title} (built-in)", f"{builtin_set.title} (my copy.json)"])
    assert again.start_screen.current_set() == str(copy.resolve())  # the last set chosen is chosen again
    wait_for_background()


def test_the_shortcut_help_is_built_from_the_menus(qtbot, make_window):
    from PySide6.QtGui import QKeySequence

    window = make_window()
    help_text = window.shortcut_help()
    assert "Ctrl+O Open a set file" in help_text and "Ctrl+E Edit question sets" in help_text
    assert "1–9 (0 for a tenth) or A–J choose an answer" in help_text
    window.open_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    assert "Ctrl+Shift+K Open a set file" in window.shortcut_help()


def test_a_set_the_school_shares_says_so_in_the_list(qtbot, make_window, tmp_path, builtin_set, monkeypatch):
    from quiz_app import paths

    shared = tmp_path / "school-sets"
    shared.mkdir()
    data = builtin_set.model_dump(mode="json", exclude_none=True)
    data["id"], data["title"] = "lesson-4", "Lesson 4"
    (shared / "lesson-4.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(paths.SHARED_ENV_VAR, str(shared))
    window = make_window()
    qtbot.waitUntil(lambda: window.start_screen.set_list.count() == 2, timeout=10000)
    texts = [window.start_screen.set_list.item(i).text() for i in range(2)]
    lesson = next(t for t in texts if t.startswith("Lesson 4"))
    assert "shared by the school" in lesson
    assert all("shared" not in t for t in texts if not t.startswith("Lesson 4"))
