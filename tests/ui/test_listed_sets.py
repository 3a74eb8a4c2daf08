"""A set unchanged since it was last validated is listed from its record, without being parsed; it is parsed off
the GUI thread when a round (or the reader, or an export) needs it, and a file changed since its record is
validated as it is now, its problem shown."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from ui_helpers import answer_by_keyboard, write_set

from question_bank.loading import MAX_FILE_BYTES, load_builtin
from quiz_app import catalogue, paths
from quiz_app.ui import main_window
from quiz_app.ui.workers import wait_for_background


def _shown(window) -> list[tuple]:
    """What the start screen lists of each set, and the chosen set's review and mistakes counts."""
    start = window.start_screen
    rows = [start.set_list.item(i).text() for i in range(start.set_list.count())]
    entries = [(e.key, e.title, e.question_count, e.topics, e.draft, e.problem) for e in start._entries.values()]
    modes = (start.mode_buttons["spaced_review"].text(), start.mode_buttons["review_mistakes"].text())
    return [rows, entries, modes, start.count_spin.value(), start.plan_label.text()]


def _own_set(data_dir, *, set_id="own", quote=None):
    data = load_builtin().question_set.model_dump(mode="json", exclude_none=True)
    data["id"], data["title"] = set_id, "Our own set"
    data["round_defaults"]["question_count"] = 4
    if quote is not None:
        data["questions"][0]["evidence"]["quote"] = quote
    return write_set(paths.sets_dir(data_dir), data, f"{set_id}.json")


def test_the_loader_and_the_listing_refuse_the_same_file_size():
    assert catalogue.SET_FILE_LIMIT == MAX_FILE_BYTES


def test_a_second_start_lists_the_sets_unparsed_shows_the_same_and_a_round_plays(qtbot, make_window, data_dir):
    _own_set(data_dir)
    first = make_window()
    assert all(first.catalogue.loaded(k) is not None for k in first.catalogue)  # nothing recorded yet: parsed
    before = _shown(first)
    first.close()
    first.store.close()

    again = make_window()
    keys = list(again.catalogue)
    assert len(keys) == 2 and again.catalogue.unparsed() == keys  # listed from the record, nothing parsed
    assert _shown(again) == before
    # a round of a listed-only set: "Opening the set…", then the round, as chosen
    again.start_screen.select_mode("scored")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert again.start_screen.status.text() == "Opening the set…"
    qtbot.waitUntil(lambda: again.round is not None, timeout=30000)
    rnd = again.round
    assert rnd.settings.mode == "scored" and rnd.total == again.start_screen.count_spin.value()
    assert again.catalogue.loaded(again.start_screen.current_set()) is not None
    answer_by_keyboard(qtbot, again, rnd.current)
    assert again.stack.currentWidget() is again.feedback_screen
    answers = again.store.round_answers(rnd.round_id)
    assert len(answers) == 1 and answers[0].correct


def test_a_set_changed_since_its_record_is_validated_again_and_its_problem_shown(make_window, data_dir):
    path = _own_set(data_dir)
    window = make_window()
    own = next(e for e in window.start_screen._entries.values() if e.title == "Our own set")
    assert own.problem == "" and not own.draft
    window.close()
    window.store.close()

    _own_set(data_dir, quote="a passage no source has ever held")  # edited between two starts
    again = make_window()
    own = next(e for e in again.start_screen._entries.values() if e.title == "Our own set")
    assert own.problem == "1 problem in the file" and own.draft
    assert again.catalogue.loaded(catalogue.file_key(path)) is not None  # validated, so parsed, this time


def test_a_file_changed_while_listed_is_validated_when_opened(qtbot, make_window, data_dir):
    path = _own_set(data_dir)
    make_window().close()
    window = make_window()
    key = catalogue.file_key(path)
    assert window.catalogue.unparsed([key]) == [key]
    window.start_screen.set_list.setCurrentRow(
        next(i for i in range(window.start_screen.set_list.count())
             if window.start_screen.set_list.item(i).data(Qt.ItemDataRole.UserRole) == key))
    assert window.start_screen.current_set() == key
    path.write_text("{ not a set any more", encoding="utf-8")  # a teacher saves over it while it is listed
    window.start_screen.select_mode("practice")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: key in window.catalogue.failed, timeout=30000)
    assert window.round is None
    assert f"{path.name}:" in window.start_screen.banner.text()
    assert key not in window.start_screen._entries


def test_a_window_closed_while_its_sets_load_ignores_their_arrival(qtbot, data_dir, monkeypatch):
    from quiz_app.ui.app import make_application

    make_application()
    release, started = threading.Event(), threading.Event()
    listed = catalogue.list_sets

    def slow_list(keys, folder=None):
        started.set()
        release.wait(30)
        return listed(keys, folder)

    monkeypatch.setattr(main_window, "list_sets", slow_list)
    window = main_window.MainWindow.open_for(str(data_dir))
    window.show()
    qtbot.waitUntil(started.is_set, timeout=10000)
    window.close()
    window.close_store()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert wait_for_background(30000)
    qtbot.wait(100)  # the loader's result arrives: a RuntimeError here would fail the test (pytest-qt)


def test_a_listing_of_another_version_is_not_used(data_dir):
    _own_set(data_dir)
    cat = catalogue.Catalogue(data_dir)
    first = catalogue.list_sets(cat.keys_to_load(), data_dir)
    assert not any(isinstance(r, catalogue.SetListing) for r in first.values())
    cache_file = paths.validation_cache_path(data_dir)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    for _key, record in data["entries"]:
        record["listing"]["v"] = catalogue.LISTING_VERSION + 1
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    second = catalogue.list_sets(cat.keys_to_load(), data_dir)
    assert not any(isinstance(r, catalogue.SetListing) for r in second.values())  # parsed, and listed anew
    third = catalogue.list_sets(cat.keys_to_load(), data_dir)
    assert all(isinstance(r, catalogue.SetListing) for r in third.values())
    assert [r.title for r in third.values()] == [r.question_set.title for r in second.values()]


def test_the_class_report_parses_listed_sets_off_the_gui_thread_and_its_refresh_never_parses(qtbot, make_window,
                                                                                              data_dir):
    _own_set(data_dir)
    first = make_window()
    first.close()
    first.store.close()

    window = make_window()
    assert window.catalogue.unparsed() == list(window.catalogue)
    window.show_class_report()  # the report reads every set's questions: they are parsed in the background first
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.report_screen, timeout=30000)
    assert window.catalogue.unparsed() == []
    titles = sorted(s.title for s in window.report_screen.sets)
    assert "Our own set" in titles and len(titles) == 2
    # the sets reloaded while the report is open (a teacher saved a set): only listed again; the report's refresh
    # lists what is parsed and parses nothing on the GUI thread
    window.catalogue._sets.clear()
    window.report_screen.refresh_sets()
    assert window.catalogue.unparsed() == list(window.catalogue)
