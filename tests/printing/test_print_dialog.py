"""The print dialog: a round printed as worksheet and key, off the GUI thread, from real clicks."""

from __future__ import annotations

from pdfkit import pdf_pages, squeeze
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QWidget

from quiz_app import worksheets as ws
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.printing import PrintDialog, key_path, print_round
from quiz_app.ui.workers import wait_for_background


def _click(qtbot, button):
    """Click a radio button on its label, as a person does (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))


def test_print_a_round_as_worksheet_and_key(qtbot, builtin_set, tmp_path):
    rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "practice", count=8, seed=11))
    while rnd.present() is not None:
        rnd.skip()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_round(parent, rnd.summary())
    assert isinstance(dialog, PrintDialog) and dialog.isVisible()
    assert [s.question.id for s in dialog.sheet.questions] == [p.question.id for p in rnd.presented]
    _click(qtbot, dialog.both_radio)
    _click(qtbot, dialog.letter_radio)
    assert dialog.both_radio.isChecked() and dialog.letter_radio.isChecked()
    target = tmp_path / "round.pdf"
    dialog.path_edit.setText(str(target))
    assert "round-answer-key.pdf" in dialog.key_note.text()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(p.kind, p.path) for p in dialog.printed] == [("worksheet", target), ("key", key_path(target))]
    assert "Saved." in dialog.status.text()
    worksheet_text = squeeze("".join(pdf_pages(target)))
    key_text = squeeze("".join(pdf_pages(key_path(target))))
    for p in rnd.presented:
        assert squeeze(p.question.prompt) in worksheet_text
        assert squeeze(p.question.evidence.quote) in key_text
    assert squeeze(rnd.presented[0].source.text.split("\n")[0][:60]) in worksheet_text  # source printed first


def test_a_folder_that_does_not_exist_is_said_in_words(qtbot, builtin_set, tmp_path):
    dialog = PrintDialog(ws.sheet_for_set(builtin_set), folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text() == str(tmp_path / "The-Outbreak-of-the-Korean-War-1945-1950.pdf")
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.status.text() and dialog.isVisible() and not dialog.printed
    _click(qtbot, dialog.key_radio)
    # the key can carry the source text too (the teacher's copy with the line numbers it refers to)
    assert dialog.source_check.isEnabled() and dialog.options() == ws.PrintOptions("key", True, dialog.options().page)
    for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit):
        assert w.accessibleName(), w
    dialog.reject()


def test_both_with_the_path_cleared_or_a_folder_typed_says_so_and_never_raises(qtbot, builtin_set, tmp_path):
    dialog = PrintDialog(ws.sheet_for_set(builtin_set), folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.both_radio)
    height = dialog.key_note.height()
    for typed in ("", "/", "   ", str(tmp_path), str(tmp_path) + "/"):
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, typed)  # every keystroke re-plans the files: none may raise
        assert dialog.key_note.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        status = dialog.status.text()
        assert ("file name" in status or "is a folder" in status), (typed, status)
        assert dialog.isVisible() and not dialog.printed
    assert dialog.key_note.height() == height  # the note never moves the buttons under the pointer
    dialog.reject()


def test_two_versions_and_the_grid_are_six_files(qtbot, builtin_set, tmp_path):
    dialog = PrintDialog(ws.sheet_for_set(builtin_set), folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.both_radio)
    dialog.versions_check.setChecked(True)
    dialog.grid_check.setChecked(True)
    dialog.source_check.setChecked(False)
    target = tmp_path / "quiz.pdf"
    dialog.path_edit.setText(str(target))
    names = ["quiz-A.pdf", "quiz-A-answer-key.pdf", "quiz-A-answer-grid.pdf", "quiz-B.pdf", "quiz-B-answer-key.pdf",
             "quiz-B-answer-grid.pdf"]
    assert all(name in dialog.key_note.text() for name in names)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background()
    assert [p.path.name for p in dialog.printed] == names
    grid_a = [p for p in dialog.printed if p.kind == "grid" and p.version == "A"][0]
    assert grid_a.pages == 1  # 103 questions on one page
    for p in dialog.printed:
        pages = pdf_pages(p.path)
        for text in pages:  # every page says which version it is
            assert f"Version {p.version}" in text
    first_a = squeeze(pdf_pages(tmp_path / "quiz-A.pdf")[0])
    first_b = squeeze(pdf_pages(tmp_path / "quiz-B.pdf")[0])
    assert first_a != first_b
